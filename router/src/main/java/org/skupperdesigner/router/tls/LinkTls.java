package org.skupperdesigner.router.tls;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLException;
import org.skupperdesigner.router.config.TlsMaterial;

/**
 * Mutual-TLS contexts for links: TLS 1.3, peer must present a certificate issued by the network CA.
 * BoringSSL (netty-tcnative) is used when it loads, the JDK provider otherwise.
 */
public final class LinkTls {
    private final SslContext server;
    private final SslContext client;
    private final SslProvider provider;

    private LinkTls(SslContext server, SslContext client, SslProvider provider) {
        this.server = server;
        this.client = client;
        this.provider = provider;
    }

    /** @param preferOpenSsl null for automatic choice, true/false to force OpenSSL/JDK */
    public static LinkTls create(TlsMaterial material, Boolean preferOpenSsl, boolean verifyHostname)
            throws SSLException {
        SslProvider provider = choose(preferOpenSsl);
        X509Certificate[] chain = material.certificateChain().toArray(X509Certificate[]::new);
        SslContext server = SslContextBuilder.forServer(material.privateKey(), chain)
                .trustManager(material.trustedCa())
                .clientAuth(ClientAuth.REQUIRE)
                .sslProvider(provider)
                .protocols("TLSv1.3")
                .build();
        SslContextBuilder clientBuilder = SslContextBuilder.forClient()
                .keyManager(material.privateKey(), chain)
                .trustManager(material.trustedCa())
                .sslProvider(provider)
                .protocols("TLSv1.3");
        // Netty 4.2 clients verify host names by default; an empty algorithm turns it off
        clientBuilder.endpointIdentificationAlgorithm(verifyHostname ? "HTTPS" : null);
        return new LinkTls(server, clientBuilder.build(), provider);
    }

    private static SslProvider choose(Boolean preferOpenSsl) {
        if (preferOpenSsl == null) {
            return OpenSsl.isAvailable() ? SslProvider.OPENSSL : SslProvider.JDK;
        }
        if (preferOpenSsl && !OpenSsl.isAvailable()) {
            throw new IllegalStateException("OpenSSL (netty-tcnative) is not available", OpenSsl.unavailabilityCause());
        }
        return preferOpenSsl ? SslProvider.OPENSSL : SslProvider.JDK;
    }

    public SslContext server() {
        return server;
    }

    public SslContext client() {
        return client;
    }

    public SslProvider provider() {
        return provider;
    }
}
