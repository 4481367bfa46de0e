package org.skupperdesigner.model.validation.rules.tokens;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/**
 * The drawn link cost differs from the cost its realizing AccessToken (linkCost) or Link (spec.cost) gives it: the
 * resource wins when applied, so the designer's picture and the analysis would be wrong.
 */
public final class TokenCostMismatchRule extends AbstractRule {

    public TokenCostMismatchRule() {
        super("token.cost-mismatch", Severity.WARNING,
                "A link's drawn cost differs from the cost of the AccessToken or Link that realizes it.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (NetworkLink l : ctx.network().links()) {
            NetworkSite from = ctx.site(l.fromSite());
            if (l.realizedBy() == null || from == null) {
                continue;
            }
            SkupperResource r = from.resources().stream().filter(x -> x.kindAndName().equals(l.realizedBy()))
                    .findFirst().orElse(null);
            int actual;
            if (r instanceof AccessToken t) {
                actual = t.spec().effectiveLinkCost();
            } else if (r instanceof Link k) {
                actual = k.spec().effectiveCost();
            } else {
                continue;
            }
            if (actual != l.effectiveCost()) {
                String field = r.kind() == ResourceKind.ACCESS_TOKEN ? "linkCost" : "spec.cost";
                reportField(out, "cost",
                        "Link " + l.id() + " is drawn with cost " + l.effectiveCost() + ", but " + r.kindAndName()
                                + " in site " + from.id() + " that realizes it has " + field + " " + actual
                                + ", which is what Skupper will use.",
                        "Make the two costs equal.", "link/" + l.id(), from.elementId(r));
            }
        }
    }
}
