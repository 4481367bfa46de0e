package org.skupperdesigner.model.validation.rules.services;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.Names;

/**
 * exposePodsByName exposes each selected pod as {@code <routingKey>.<pod>} (E.6); a connector that targets a host
 * (every connector on a system site) has no pods, so the flag does nothing.
 */
public final class ExposePodsConnectorRule extends AbstractSiteRule {

    public ExposePodsConnectorRule() {
        super("expose-pods.connector-needs-selector", Severity.WARNING,
                "A connector sets exposePodsByName but selects no pods (no selector, or a system site).");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        site.resourcesOf(Connector.class).forEach(c -> {
            if (Boolean.TRUE.equals(c.spec().exposePodsByName())
                    && (!site.platform().isKubernetes() || Names.isBlank(c.spec().selector()))) {
                reportField(out, "spec.exposePodsByName",
                        c.kindAndName() + " in site " + site.id() + " sets exposePodsByName, but it targets "
                                + (site.platform().isKubernetes() ? "a host" : "a host on a system site")
                                + ", not pods, so no per-pod addresses exist.",
                        "Use a selector on a Kubernetes site, or remove exposePodsByName.", site.elementId(c));
            }
        });
    }
}
