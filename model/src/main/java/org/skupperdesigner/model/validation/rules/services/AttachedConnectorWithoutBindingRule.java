package org.skupperdesigner.model.validation.rules.services;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.AttachedConnectorPairing;

/** "No matching AttachedConnectorBinding in site namespace": the workload opted in, the site did not (B.8). */
public final class AttachedConnectorWithoutBindingRule extends AbstractSiteRule {

    public AttachedConnectorWithoutBindingRule() {
        super("attached.connector-without-binding", Severity.WARNING,
                "An AttachedConnector has no AttachedConnectorBinding of the same name in its site.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (!site.platform().isKubernetes()) {
            return; // reported by platform.kube-only-kind
        }
        for (var c : AttachedConnectorPairing.of(site).lonelyConnectors()) {
            report(out, c.kindAndName() + " (namespace " + AttachedConnectorPairing.namespaceOf(site, c)
                            + ") has no AttachedConnectorBinding named '" + c.name() + "' in site " + site.id()
                            + ", so it serves no routing key.",
                    "Add AttachedConnectorBinding '" + c.name() + "' with connectorNamespace '"
                            + AttachedConnectorPairing.namespaceOf(site, c) + "' and the routing key to the site.",
                    site.elementId(c));
        }
    }
}
