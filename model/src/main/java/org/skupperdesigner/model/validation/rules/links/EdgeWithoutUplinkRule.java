package org.skupperdesigner.model.validation.rules.links;

import java.util.HashSet;
import java.util.Set;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/** An edge site only dials; without an uplink to an interior site it reaches nothing outside itself (E.5). */
public final class EdgeWithoutUplinkRule extends AbstractRule {

    public EdgeWithoutUplinkRule() {
        super("link.edge-no-uplink", Severity.WARNING,
                "An edge site has no link to an interior site, so it reaches no other site.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        if (ctx.network().sites().size() < 2) {
            return;
        }
        Set<String> dialing = new HashSet<>();
        for (NetworkLink l : ctx.network().links()) {
            NetworkSite to = ctx.site(l.toSite());
            if (to != null && !to.isEdge()) {
                dialing.add(l.fromSite());
            }
        }
        for (NetworkSite s : ctx.network().sites()) {
            if (s.isEdge() && !dialing.contains(s.id())) {
                report(out, "Edge site " + s.id() + " has no uplink to an interior site, so it reaches no other "
                        + "site.", "Draw a link from " + s.id() + " to an interior site with link access.",
                        s.elementId());
            }
        }
    }
}
