package org.skupperdesigner.model.validation.rules.services;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.Names;

/** useClientCert and verifyHostname only matter with tlsCredentials (B.4); without them the server sees plain TCP. */
public final class TlsOptionsWithoutCredentialsRule extends AbstractSiteRule {

    public TlsOptionsWithoutCredentialsRule() {
        super("connector.tls-options-unused", Severity.INFO,
                "A connector sets useClientCert or verifyHostname without tlsCredentials, so they have no effect.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        site.resourcesOf(Connector.class).forEach(c -> {
            boolean options = Boolean.TRUE.equals(c.spec().useClientCert())
                    || Boolean.TRUE.equals(c.spec().verifyHostname());
            if (options && Names.isBlank(c.spec().tlsCredentials())) {
                reportField(out, "spec.tlsCredentials",
                        c.kindAndName() + " in site " + site.id() + " sets useClientCert/verifyHostname but no "
                                + "tlsCredentials, so it connects to the server without TLS.",
                        "Set tlsCredentials to the Secret with the server's CA, or remove the TLS options.",
                        site.elementId(c));
            }
        });
    }
}
