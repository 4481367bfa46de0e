package org.skupperdesigner.model.validation.rules.links;

import java.util.Set;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.rules.services.TlsSecretMissingRule;

/**
 * A Link's tlsCredentials Secret (its client certificate) must be present. Kubernetes defers the link until the
 * Secret appears (warning); system mode fails validation at start (escalated to error there) (B.2).
 */
public final class LinkCredentialsMissingRule extends AbstractSiteRule {

    public LinkCredentialsMissingRule() {
        super("link.credentials-missing", Severity.WARNING, "A Link resource's tlsCredentials Secret is not in "
                + "the design (an error on docker, podman and linux sites).");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        Set<String> held = null;
        for (Link link : site.resourcesOf(Link.class).toList()) {
            String tls = link.spec().tlsCredentials();
            Severity at = site.platform().isKubernetes() ? Severity.WARNING : Severity.ERROR;
            if (tls == null || tls.isBlank()) {
                reportField(out, at, "spec.tlsCredentials",
                        link.kindAndName() + " in site " + site.id() + " has no tlsCredentials, so it "
                                + "has no client certificate for the mutual-TLS link.",
                        "Set tlsCredentials to the Secret that came with the link.", site.elementId(link));
                continue;
            }
            if (held == null) {
                held = TlsSecretMissingRule.heldSecrets(site);
            }
            if (!held.contains(tls)) {
                reportField(out, at, "spec.tlsCredentials",
                        link.kindAndName() + " in site " + site.id() + " uses tlsCredentials '" + tls
                                + "', but the site holds no such Secret"
                                + (site.platform().isKubernetes() ? "; the link waits until it exists."
                                : "; system mode refuses to start (\"secret not found\")."),
                        "Add Secret '" + tls + "' (tls.crt, tls.key, ca.crt from the accepting site) to the site.",
                        site.elementId(link));
            }
        }
    }
}
