package org.skupperdesigner.model.validation.rules.sites;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/**
 * A Kubernetes site's linkAccess must be none, default or a known access type; anything else is
 * "Unsupported value for LinkAccess" (B.1). System sites treat every non-none value as "on".
 */
public final class LinkAccessValueRule extends AbstractSiteRule {

    public static final String ID = "site.link-access-unknown";

    public LinkAccessValueRule() {
        super(ID, Severity.ERROR, "A Kubernetes site's linkAccess is not a known value.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        String access = site.siteSpec().linkAccess();
        if (!site.platform().isKubernetes() || access == null || access.isEmpty() || "none".equals(access)
                || "default".equals(access) || AccessTypes.isKnown(access)) {
            return;
        }
        reportField(out, "spec.linkAccess",
                "Site " + site.id() + " has linkAccess '" + access + "'; the controller reports \"Unsupported "
                        + "value for LinkAccess: " + access + "\" and the site accepts no links.",
                "Use none, default, local, loadbalancer or route (or nodeport, ingress, ingress-nginx, "
                        + "contour-http-proxy, gateway when enabled on the controller).",
                site.siteResource().map(site::elementId).orElse(site.elementId()));
    }
}
