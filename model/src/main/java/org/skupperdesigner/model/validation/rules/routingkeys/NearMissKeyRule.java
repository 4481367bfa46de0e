package org.skupperdesigner.model.validation.rules.routingkeys;

import java.util.LinkedHashSet;
import java.util.Set;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;
import org.skupperdesigner.model.validation.support.ServiceEndpoint;

/**
 * A listener whose key matches no connector, but a connector in its network has nearly the same key (case, '-'
 * versus '_', or up to two edits): almost certainly a typo, and the finding names the likely intent.
 */
public final class NearMissKeyRule extends AbstractRule {

    public NearMissKeyRule() {
        super("routing-key.near-miss", Severity.WARNING,
                "A listener's routing key matches nothing, but a connector has nearly the same key.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.SERVICES;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (RoutingKeyMatches.ListenerMatch m : RoutingKeyMatches.of(ctx).listeners(
                RoutingKeyMatches.Outcome.NEAR_MISS)) {
            ServiceEndpoint l = m.listener();
            Set<String> keys = new LinkedHashSet<>();
            m.candidates().forEach(c -> keys.add(c.routingKey()));
            String best = keys.iterator().next();
            ServiceEndpoint first = m.candidates().get(0);
            reportField(out, l.keyField(), l.resource().kindAndName() + " in site " + l.siteId() + " uses routing key '"
                            + l.routingKey() + "', which no connector serves; did you mean '" + best + "' ("
                            + first.resource().kindAndName() + " in site " + first.siteId() + ")?",
                    "Change the key to '" + best + "' on the listener (or the connector's key to '"
                            + l.routingKey() + "').", m.elementIds());
        }
    }
}
