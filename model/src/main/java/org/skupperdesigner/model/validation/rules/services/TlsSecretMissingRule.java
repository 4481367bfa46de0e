package org.skupperdesigner.model.validation.rules.services;

import java.util.HashSet;
import java.util.Set;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AttachedConnector;
import org.skupperdesigner.model.resource.Certificate;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.Secret;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/**
 * {@code tlsCredentials} naming a Secret the design does not hold (as a Secret, or as a Certificate that generates
 * it). A warning, not an error: the Secret may be created outside the design (cert-manager, a vault). RouterAccesses
 * with generateTlsCredentials and the Secrets the controller always creates are exempt.
 */
public final class TlsSecretMissingRule extends AbstractSiteRule {

    /** Secrets the Kubernetes controller creates in every site namespace (B.1). */
    static final Set<String> CONTROLLER_SECRETS = Set.of("skupper-site-ca", "skupper-local-ca",
            "skupper-local-server", "skupper-site-server", "skupper-service-ca");

    public TlsSecretMissingRule() {
        super("tls.secret-missing", Severity.WARNING,
                "tlsCredentials names a Secret the design does not hold.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        Set<String> held = heldSecrets(site);
        for (SkupperResource r : site.resources()) {
            String tls = credentialsOf(r);
            if (tls != null && !tls.isBlank() && !held.contains(tls) && !CONTROLLER_SECRETS.contains(tls)) {
                reportField(out, "spec.tlsCredentials",
                        r.kindAndName() + " in site " + site.id() + " uses tlsCredentials '" + tls
                                + "', but the site holds no Secret of that name.",
                        "Add Secret '" + tls + "' (tls.crt, tls.key, ca.crt) to the site, or make sure it exists "
                                + "before the site is applied.", site.elementId(r));
            }
        }
    }

    /** Names of Secrets the design provides in the site: Secrets, and Certificates (which generate one). */
    public static Set<String> heldSecrets(NetworkSite site) {
        Set<String> held = new HashSet<>();
        for (SkupperResource r : site.resources()) {
            if (r instanceof Secret || r instanceof Certificate) {
                held.add(r.name());
            }
        }
        return held;
    }

    private static String credentialsOf(SkupperResource r) {
        if (r instanceof Listener l) {
            return l.spec().tlsCredentials();
        }
        if (r instanceof Connector c) {
            return c.spec().tlsCredentials();
        }
        if (r instanceof MultiKeyListener m) {
            return m.spec().tlsCredentials();
        }
        if (r instanceof AttachedConnector a) {
            return a.spec().tlsCredentials();
        }
        if (r instanceof RouterAccess ra && !Boolean.TRUE.equals(ra.spec().generateTlsCredentials())) {
            return ra.spec().tlsCredentials();
        }
        return null;
    }
}
