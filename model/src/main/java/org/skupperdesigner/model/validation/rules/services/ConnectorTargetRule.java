package org.skupperdesigner.model.validation.rules.services;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.Names;

/**
 * On Kubernetes a connector targets pods by selector or one host, exactly one of them: the CRD's oneOf rejects
 * both, the controller rejects neither (B.4).
 */
public final class ConnectorTargetRule extends AbstractSiteRule {

    public ConnectorTargetRule() {
        super("connector.host-xor-selector", Severity.ERROR,
                "A connector on a Kubernetes site sets both host and selector, or neither.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (!site.platform().isKubernetes()) {
            return;
        }
        site.resourcesOf(Connector.class).forEach(c -> {
            boolean host = !Names.isBlank(c.spec().host());
            boolean selector = !Names.isBlank(c.spec().selector());
            if (host && selector) {
                reportField(out, "spec.selector",
                        c.kindAndName() + " in site " + site.id() + " sets both host '" + c.spec().host()
                                + "' and selector '" + c.spec().selector() + "'; the API server rejects it.",
                        "Keep the selector to reach pods, or the host to reach one server.", site.elementId(c));
            } else if (!host && !selector) {
                reportField(out, "spec.selector",
                        c.kindAndName() + " in site " + site.id() + " sets neither host nor selector (\"Connector "
                                + "must define a non-empty spec.host or spec.selector\").",
                        "Set selector (e.g. app=" + c.name() + ") or host.", site.elementId(c));
            }
        });
    }
}
