package org.skupperdesigner.model.validation.rules.sites;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessGrant;
import org.skupperdesigner.model.resource.AttachedConnector;
import org.skupperdesigner.model.resource.AttachedConnectorBinding;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/**
 * System sites ignore AttachedConnector(Binding) and never serve AccessGrants: they can redeem tokens but not issue
 * them (E.4, E.7). What the user drew there would silently not exist.
 */
public final class KubeOnlyKindRule extends AbstractSiteRule {

    public KubeOnlyKindRule() {
        super("platform.kube-only-kind", Severity.ERROR, "A docker, podman or linux site holds a kind only "
                + "Kubernetes supports (AccessGrant, AttachedConnector, AttachedConnectorBinding).");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (site.platform().isKubernetes()) {
            return;
        }
        for (SkupperResource r : site.resources()) {
            if (r instanceof AccessGrant) {
                report(out, r.kindAndName() + " is in " + site.platform().id() + " site " + site.id()
                                + ", but system sites cannot issue tokens: the grant is never served.",
                        "Issue the grant from a Kubernetes site with link access, or link with pre-issued "
                                + "credentials (link mode 'credentials').", site.elementId(r));
            } else if (r instanceof AttachedConnector || r instanceof AttachedConnectorBinding) {
                report(out, r.kindAndName() + " is in " + site.platform().id() + " site " + site.id()
                                + ", which ignores attached connectors: the service will not exist.",
                        "Use a Connector with host and port instead.", site.elementId(r));
            }
        }
    }
}
