package org.skupperdesigner.model.validation.rules.sites;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/**
 * Fields that only Kubernetes honours (Site ha and serviceAccount, Connector selector and includeNotReadyPods,
 * Listener exposePodsByName) set on a system site, where they are silently ignored (E.7).
 */
public final class KubeOnlyFieldRule extends AbstractSiteRule {

    public static final String ID = "platform.kube-only-field";

    public KubeOnlyFieldRule() {
        super(ID, Severity.WARNING,
                "A field only Kubernetes honours is set on a docker, podman or linux site and will be ignored.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (site.platform().isKubernetes()) {
            return;
        }
        site.siteResource().ifPresent(s -> {
            if (s.spec().isHa()) {
                ignored(out, site, s, "ha", "Remove ha; system sites run one router.");
            }
            if (s.spec().serviceAccount() != null) {
                ignored(out, site, s, "serviceAccount", "Remove serviceAccount.");
            }
        });
        for (SkupperResource r : site.resources()) {
            if (r instanceof Connector c) {
                if (c.spec().selector() != null) {
                    ignored(out, site, r, "selector", "Point the connector at a host instead of pods.");
                }
                if (Boolean.TRUE.equals(c.spec().includeNotReadyPods())) {
                    ignored(out, site, r, "includeNotReadyPods", "Remove includeNotReadyPods.");
                }
            } else if (r instanceof Listener l && Boolean.TRUE.equals(l.spec().exposePodsByName())) {
                ignored(out, site, r, "exposePodsByName", "Remove exposePodsByName.");
            }
        }
    }

    private void ignored(DiagnosticSink out, NetworkSite site, SkupperResource r, String field, String hint) {
        reportField(out, "spec." + field,
                r.kindAndName() + " in " + site.platform().id() + " site " + site.id() + " sets " + field
                + ", which only Kubernetes honours; it is ignored here.", hint, site.elementId(r));
    }
}
