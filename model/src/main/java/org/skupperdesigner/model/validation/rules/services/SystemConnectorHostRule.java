package org.skupperdesigner.model.validation.rules.services;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.Names;

/** System sites have no pods: a connector needs a host there (B.4, F.2). */
public final class SystemConnectorHostRule extends AbstractSiteRule {

    public SystemConnectorHostRule() {
        super("connector.system-needs-host", Severity.ERROR, "A connector on a docker, podman or linux site has no "
                + "host.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (site.platform().isKubernetes()) {
            return;
        }
        site.resourcesOf(Connector.class).forEach(c -> {
            if (Names.isBlank(c.spec().host())) {
                reportField(out, "spec.host", c.kindAndName() + " in " + site.platform().id() + " site " + site.id()
                                + " has no host; system sites require one (selectors are ignored there).",
                        "Set host to the server's address, e.g. localhost.", site.elementId(c));
            }
        });
    }
}
