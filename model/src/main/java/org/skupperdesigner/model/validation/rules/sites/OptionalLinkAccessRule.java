package org.skupperdesigner.model.validation.rules.sites;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** Access types that work only where the cluster's Skupper controller enables them (B.1). */
public final class OptionalLinkAccessRule extends AbstractSiteRule {

    public OptionalLinkAccessRule() {
        super("site.link-access-optional", Severity.INFO,
                "A Kubernetes site uses an access type that must be enabled on its Skupper controller.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (!site.platform().isKubernetes()) {
            return;
        }
        String access = site.siteSpec().linkAccess();
        if (access != null && AccessTypes.OPTIONAL.contains(access)) {
            reportField(out, "spec.linkAccess",
                    "Site " + site.id() + " uses linkAccess '" + access + "', which works only if the Skupper "
                            + "controller of its cluster enables it.",
                    "Check the controller's enabled access types, or use default.",
                    site.siteResource().map(site::elementId).orElse(site.elementId()));
        }
        site.resourcesOf(RouterAccess.class).forEach(ra -> {
            if (ra.spec().accessType() != null && AccessTypes.OPTIONAL.contains(ra.spec().accessType())) {
                reportField(out, "spec.accessType", ra.kindAndName() + " in site " + site.id() + " uses accessType '"
                                + ra.spec().accessType() + "', which works only if the controller enables it.",
                        "Check the controller's enabled access types.", site.elementId(ra));
            }
        });
    }
}
