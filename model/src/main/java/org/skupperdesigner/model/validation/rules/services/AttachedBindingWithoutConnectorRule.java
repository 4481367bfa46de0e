package org.skupperdesigner.model.validation.rules.services;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.AttachedConnectorPairing;

/** "No matching AttachedConnector": the site exposes a key nobody serves (B.8). */
public final class AttachedBindingWithoutConnectorRule extends AbstractSiteRule {

    public AttachedBindingWithoutConnectorRule() {
        super("attached.binding-without-connector", Severity.WARNING,
                "An AttachedConnectorBinding has no AttachedConnector of the same name.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (!site.platform().isKubernetes()) {
            return; // reported by platform.kube-only-kind
        }
        for (var b : AttachedConnectorPairing.of(site).lonelyBindings()) {
            report(out, b.kindAndName() + " in site " + site.id() + " has no AttachedConnector named '" + b.name()
                            + "' (namespace " + b.spec().connectorNamespace() + "), so routing key '"
                            + b.spec().routingKey() + "' has no server here.",
                    "Add AttachedConnector '" + b.name() + "' in namespace '" + b.spec().connectorNamespace()
                            + "' with siteNamespace '" + site.namespace() + "'.", site.elementId(b));
        }
    }
}
