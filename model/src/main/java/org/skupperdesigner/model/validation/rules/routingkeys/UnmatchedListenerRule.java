package org.skupperdesigner.model.validation.rules.routingkeys;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;
import org.skupperdesigner.model.validation.support.ServiceEndpoint;

/**
 * A listener whose routing key has no connector anywhere in the design: Skupper keeps its socket closed (clients
 * get "connection refused") and reports Matched=False (B.3, E.3). Keys served in another network, or nearly
 * matching another key, get the more specific findings instead.
 */
public final class UnmatchedListenerRule extends AbstractRule {

    public UnmatchedListenerRule() {
        super("routing-key.unmatched-listener", Severity.WARNING,
                "A listener's routing key has no connector in the design.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.SERVICES;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (RoutingKeyMatches.ListenerMatch m : RoutingKeyMatches.of(ctx).listeners()) {
            if (m.outcome() == RoutingKeyMatches.Outcome.UNMATCHED) {
                ServiceEndpoint l = m.listener();
                reportField(out, l.keyField(),
                        l.resource().kindAndName() + " in site " + l.siteId() + " uses routing key '"
                                + l.routingKey() + "', which no connector serves; clients will get connection "
                                + "refused.",
                        "Add a connector with routing key '" + l.routingKey() + "' to a site of this network, or "
                                + "fix the key.", l.elementId());
            }
        }
    }
}
