package org.skupperdesigner.model.validation.rules.services;

import java.util.List;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;
import org.skupperdesigner.model.validation.support.ServiceEndpoint;
import org.skupperdesigner.model.validation.support.ServiceShape;

/**
 * A Kubernetes listener with exposePodsByName creates one Service per {@code <routingKey>.<pod>} address (E.6);
 * those addresses exist only if some connector for the key in its network exposes pods by name with a selector.
 * Listeners whose key matches nothing at all are left to the routing-key rules.
 */
public final class ExposePodsListenerRule extends AbstractRule {

    public ExposePodsListenerRule() {
        super("expose-pods.listener-without-pod-addresses", Severity.WARNING,
                "A listener sets exposePodsByName but no connector of its routing key exposes pods by name.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.SERVICES;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (ServiceEndpoint l : ctx.services().listeners()) {
            if (!(l.resource() instanceof Listener listener) || !ServiceShape.podAddresses(ctx.site(l.siteId()), l)) {
                continue;
            }
            List<ServiceEndpoint> peers = ctx.services().connectors(l.routingKey()).stream()
                    .filter(c -> ctx.topology().sameNetwork(c.siteId(), l.siteId())).toList();
            if (!peers.isEmpty() && peers.stream().noneMatch(c -> exposesPods(ctx, c))) {
                reportField(out, "spec.exposePodsByName",
                        listener.kindAndName() + " in site " + l.siteId() + " sets exposePodsByName, but no "
                                + "connector for '" + l.routingKey() + "' in its network exposes pods by name, so no "
                                + "per-pod Services appear.",
                        "Set exposePodsByName on a connector for '" + l.routingKey() + "' that uses a selector.",
                        l.elementId());
            }
        }
    }

    private static boolean exposesPods(ValidationContext ctx, ServiceEndpoint c) {
        return ServiceShape.podAddresses(ctx.site(c.siteId()), c);
    }
}
