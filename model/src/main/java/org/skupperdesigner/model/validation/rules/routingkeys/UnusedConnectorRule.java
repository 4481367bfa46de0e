package org.skupperdesigner.model.validation.rules.routingkeys;

import java.util.List;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;
import org.skupperdesigner.model.validation.support.ServiceEndpoint;

/**
 * A connector no listener in its network uses (Matched=False in Skupper). Informational: a server may be exposed
 * ahead of its clients. Connectors already named by a near-miss finding are skipped.
 */
public final class UnusedConnectorRule extends AbstractRule {

    public UnusedConnectorRule() {
        super("routing-key.unused-connector", Severity.INFO,
                "A connector's routing key is used by no listener in its network.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.SERVICES;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        RoutingKeyMatches matches = RoutingKeyMatches.of(ctx);
        for (ServiceEndpoint c : ctx.services().connectors()) {
            List<ServiceEndpoint> listeners = ctx.services().listeners(c.routingKey());
            if (listeners.stream().anyMatch(l -> ctx.topology().sameNetwork(l.siteId(), c.siteId()))
                    || matches.isNearMissCandidate(c)) {
                continue;
            }
            String elsewhere = listeners.isEmpty() ? "" : " (listeners for it exist only in other networks)";
            reportField(out, c.keyField(),
                    c.resource().kindAndName() + " in site " + c.siteId() + " serves routing key '"
                            + c.routingKey() + "', which no listener in its network uses" + elsewhere + ".",
                    "Add a listener with routing key '" + c.routingKey() + "' where clients need the service, or "
                            + "remove the connector.", c.elementId());
        }
    }
}
