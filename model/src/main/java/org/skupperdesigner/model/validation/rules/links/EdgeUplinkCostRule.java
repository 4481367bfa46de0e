package org.skupperdesigner.model.validation.rules.links;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/** Cost only matters on inter-router links; an edge uplink's cost changes nothing (E.5). */
public final class EdgeUplinkCostRule extends AbstractRule {

    public EdgeUplinkCostRule() {
        super("link.edge-uplink-cost", Severity.INFO, "An edge site's uplink has a cost, which has no effect.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (NetworkLink l : ctx.network().links()) {
            NetworkSite from = ctx.site(l.fromSite());
            if (from != null && from.isEdge() && l.cost() > 1) {
                reportField(out, "cost", "Link " + l.id() + " from edge site " + from.id() + " has cost " + l.cost()
                                + ", but cost only affects inter-router links; the edge uses whichever uplink is up.",
                        "Leave the cost at 1; to prefer an interior site, give the edge site only that uplink.",
                        LinkVerdict.elements(l));
            }
        }
    }
}
