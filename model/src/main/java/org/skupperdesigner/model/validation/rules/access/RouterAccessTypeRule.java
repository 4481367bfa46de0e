package org.skupperdesigner.model.validation.rules.access;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.rules.sites.AccessTypes;

/** A Kubernetes RouterAccess's accessType must be one the controller knows (B.7); system sites ignore it. */
public final class RouterAccessTypeRule extends AbstractSiteRule {

    public RouterAccessTypeRule() {
        super("router-access.access-type", Severity.ERROR,
                "A RouterAccess on a Kubernetes site has an unknown accessType.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (!site.platform().isKubernetes()) {
            return;
        }
        site.resourcesOf(RouterAccess.class).forEach(ra -> {
            String type = ra.spec().accessType();
            if (type != null && !type.isEmpty() && !AccessTypes.isKnown(type)) {
                reportField(out, "spec.accessType",
                        ra.kindAndName() + " in site " + site.id() + " has accessType '" + type
                                + "', which the controller does not know; the access gets no endpoints.",
                        "Use local, loadbalancer or route (or nodeport, ingress, ingress-nginx, contour-http-proxy, "
                                + "gateway when enabled), or leave it unset for the controller default.",
                        site.elementId(ra));
            }
        });
    }
}
