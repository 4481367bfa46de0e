package org.skupperdesigner.model.validation.rules.links;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/** A site linked to itself: useless, and a Skupper router would dial its own listener. */
public final class SelfLinkRule extends AbstractRule {

    public SelfLinkRule() {
        super("link.self", Severity.ERROR, "A link connects a site to itself.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (NetworkLink l : ctx.network().links()) {
            if (LinkVerdict.of(ctx, l) == LinkVerdict.SELF) {
                reportField(out, "to", "Link " + l.id() + " connects site " + l.fromSite() + " to itself.",
                        "Remove the link.", LinkVerdict.elements(l));
            }
        }
    }
}
