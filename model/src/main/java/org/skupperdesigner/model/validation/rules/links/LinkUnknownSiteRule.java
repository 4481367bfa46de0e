package org.skupperdesigner.model.validation.rules.links;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/** A link whose dialing or accepting site is not in the design. */
public final class LinkUnknownSiteRule extends AbstractRule {

    public LinkUnknownSiteRule() {
        super("link.unknown-site", Severity.ERROR, "A link names a site that is not in the design.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (NetworkLink l : ctx.network().links()) {
            if (LinkVerdict.of(ctx, l) == LinkVerdict.UNKNOWN_SITE) {
                String missing = ctx.site(l.fromSite()) == null ? l.fromSite() : l.toSite();
                reportField(out, ctx.site(l.fromSite()) == null ? "from" : "to",
                        "Link " + l.id() + " connects " + l.fromSite() + " to " + l.toSite() + ", but there is "
                        + "no site '" + missing + "'.", "Remove the link, or add the site.", "link/" + l.id());
            }
        }
    }
}
