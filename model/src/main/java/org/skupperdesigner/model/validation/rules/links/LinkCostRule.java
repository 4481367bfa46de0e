package org.skupperdesigner.model.validation.rules.links;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/** Link cost below 1 is treated as 1 (B.2), so the drawn value is not what routing uses. */
public final class LinkCostRule extends AbstractRule {

    public static final String ID = "link.cost";

    public LinkCostRule() {
        super(ID, Severity.WARNING, "A link's cost is below 1; Skupper uses 1 instead.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (NetworkLink l : ctx.network().links()) {
            if (l.cost() < 1) {
                reportField(out, "cost",
                        "Link " + l.id() + " has cost " + l.cost() + "; Skupper treats costs below 1 as 1.",
                        "Set the cost to 1 or more (higher cost = less preferred path).", LinkVerdict.elements(l));
            }
        }
    }
}
