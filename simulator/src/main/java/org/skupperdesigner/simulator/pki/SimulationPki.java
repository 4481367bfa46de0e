package org.skupperdesigner.simulator.pki;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.skupperdesigner.model.pki.CertificateIssuer;
import org.skupperdesigner.model.pki.IssuedCertificate;
import org.skupperdesigner.model.pki.NetworkCa;
import org.skupperdesigner.router.config.TlsMaterial;

/**
 * The per-network CA of a simulation and one router identity per site, issued from the model's PKI the way
 * Skupper's controller issues {@code skupper-site-server}: an EC P-256 key and a certificate with the loopback
 * address and {@code localhost} as subject alternative names (links dial 127.0.0.1 and check the host name),
 * valid for server and client authentication, so the same identity accepts and dials links.
 */
public final class SimulationPki {
    private static final List<String> LOOPBACK_HOSTS = List.of("127.0.0.1", "localhost");

    private final NetworkCa ca;
    private final CertificateIssuer issuer;
    private final Map<String, TlsMaterial> routers = new ConcurrentHashMap<>();

    public SimulationPki(String networkName) {
        this(NetworkCa.create("skupper-designer simulation CA: " + networkName));
    }

    public SimulationPki(NetworkCa ca) {
        this.ca = ca;
        this.issuer = new CertificateIssuer(ca);
    }

    public NetworkCa ca() {
        return ca;
    }

    /** The TLS identity of one site's router (issued once, then reused across restarts). */
    public TlsMaterial router(String siteId) {
        return routers.computeIfAbsent(siteId, id -> {
            IssuedCertificate cert = issuer.server(id, LOOPBACK_HOSTS);
            return new TlsMaterial(cert.privateKey(), cert.chain(), cert.caCertificate());
        });
    }

    /** An identity signed by another CA: routers refuse links presenting it (for certificate-fault tests). */
    public static TlsMaterial untrusted(String siteId) {
        SimulationPki stranger = new SimulationPki("untrusted");
        return stranger.router(siteId);
    }
}
