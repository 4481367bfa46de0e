package org.skupperdesigner.model.validation.rules.services;

import java.util.Objects;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.AttachedConnectorPairing;

/**
 * A binding and a connector of the same name whose namespaces disagree: "AttachedConnectorBinding ns/name does not
 * allow AttachedConnector in X (only Y)" (B.8). A wrong siteNamespace is reported by {@code attached.site-namespace}.
 */
public final class AttachedNamespaceMismatchRule extends AbstractSiteRule {

    public AttachedNamespaceMismatchRule() {
        super("attached.namespace-mismatch", Severity.ERROR,
                "An AttachedConnectorBinding's connectorNamespace is not its AttachedConnector's namespace.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (!site.platform().isKubernetes()) {
            return;
        }
        for (var p : AttachedConnectorPairing.of(site).mismatched()) {
            String actual = AttachedConnectorPairing.namespaceOf(site, p.connector());
            if (!Objects.equals(p.binding().spec().connectorNamespace(), actual)) {
                reportField(out, "spec.connectorNamespace",
                        p.binding().kindAndName() + " in site " + site.id() + " allows an AttachedConnector in '"
                                + p.binding().spec().connectorNamespace() + "' only, but '" + p.connector().name()
                                + "' lives in '" + actual + "'.",
                        "Set the binding's connectorNamespace to '" + actual + "', or move the connector.",
                        site.elementId(p.binding()), site.elementId(p.connector()));
            }
        }
    }
}
