package org.skupperdesigner.router.tls;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLException;
import org.skupperdesigner.router.config.TlsMaterial;

/**
 * Mutual-TLS contexts for links: TLS 1.3, peer must present a certificate issued by the network CA.
 * BoringSSL (netty-tcnative) is used when it loads, the JDK provider otherwise.
 */
public final class LinkTls {
    /**
     * Plaintext handed to the TLS engine per wrap: 64 KiB lets BoringSSL seal four 16 KiB records in one call and
     * one buffer, where Netty's default (one record) pays the call, a buffer and a write per 16 KiB. Measured with the
     * bench, alternating builds: mutual-TLS throughput +10-20 % with the bench's client, +10-70 % with iperf3
     * (docs/performance.md). Small messages are unaffected: a wrap takes only what is there.
     */
    public static final int WRAP_BYTES = 64 * 1024;

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

    /** The handler for a link this router accepted. */
    public SslHandler serverHandler(ByteBufAllocator alloc) {
        return withWrapSize(server.newHandler(alloc));
    }

    /** The handler for a link this router dials to {@code peerHost:peerPort} (checked against its certificate). */
    public SslHandler clientHandler(ByteBufAllocator alloc, String peerHost, int peerPort) {
        return withWrapSize(client.newHandler(alloc, peerHost, peerPort));
    }

    private static SslHandler withWrapSize(SslHandler handler) {
        handler.setWrapDataSize(WRAP_BYTES);
        return handler;
    }

    public SslProvider provider() {
        return provider;
    }
}
