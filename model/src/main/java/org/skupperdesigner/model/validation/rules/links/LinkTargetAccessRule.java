package org.skupperdesigner.model.validation.rules.links;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/**
 * The accepting site of a link must have link access: linkAccess other than none, or a RouterAccess (B.1, E.4).
 * The same check for links realized by an AccessToken is {@code token.target-no-access}, so each finding says
 * which artefact will fail.
 */
public final class LinkTargetAccessRule extends AbstractRule {

    private final boolean tokens;

    private LinkTargetAccessRule(String id, boolean tokens) {
        super(id, Severity.ERROR, tokens ? "An AccessToken is aimed at a site without link access."
                : "A link dials a site that has no link access.");
        this.tokens = tokens;
    }

    /** {@code link.target-no-access}: links not realized by a token. */
    public static LinkTargetAccessRule forLinks() {
        return new LinkTargetAccessRule("link.target-no-access", false);
    }

    /** {@code token.target-no-access}: links realized by an AccessToken. */
    public static LinkTargetAccessRule forTokens() {
        return new LinkTargetAccessRule("token.target-no-access", true);
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (NetworkLink l : ctx.network().links()) {
            if (LinkVerdict.realizedByToken(l) != tokens || LinkVerdict.of(ctx, l) != LinkVerdict.NO_ACCESS) {
                continue;
            }
            NetworkSite to = ctx.site(l.toSite());
            String what = tokens ? l.realizedBy() + " in site " + l.fromSite() + " (link " + l.id() + ")"
                    : "Link " + l.id() + " from " + l.fromSite();
            report(out, what + " dials site " + to.id() + ", which has no link access (linkAccess "
                            + (to.siteSpec().linkAccess() == null ? "unset" : "'" + to.siteSpec().linkAccess() + "'")
                            + ", no RouterAccess)" + (tokens ? "; the grant cannot be redeemed." : "."),
                    "Set linkAccess: default on site " + to.id() + ", or reverse the link if "
                            + l.fromSite() + " accepts links.", LinkVerdict.elements(l));
        }
    }
}
