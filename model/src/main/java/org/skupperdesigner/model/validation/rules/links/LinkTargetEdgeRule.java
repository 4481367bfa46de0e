package org.skupperdesigner.model.validation.rules.links;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/** Edge sites cannot accept links (E.5), from interior or edge sites alike. */
public final class LinkTargetEdgeRule extends AbstractRule {

    public LinkTargetEdgeRule() {
        super("link.target-edge", Severity.ERROR, "A link dials into an edge site, which cannot accept links.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (NetworkLink l : ctx.network().links()) {
            if (LinkVerdict.of(ctx, l) == LinkVerdict.TARGET_EDGE) {
                NetworkSite from = ctx.site(l.fromSite());
                reportField(out, "to",
                        "Link " + l.id() + " dials from " + l.fromSite() + " into edge site " + l.toSite()
                                + "; edge sites cannot accept links"
                                + (from.isEdge() ? ", and two edge sites can never be linked." : "."),
                        from.isEdge() ? "Link both edge sites to an interior site instead."
                                : "Reverse the link (" + l.toSite() + " dials " + l.fromSite()
                                        + "), or make " + l.toSite() + " interior.",
                        LinkVerdict.elements(l));
            }
        }
    }
}
