package org.skupperdesigner.router.config;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * This router's link identity: its key, its certificate chain (leaf first) and the network CA it trusts.
 * Links are refused unless the peer presents a valid certificate issued by {@code trustedCa}.
 */
public record TlsMaterial(PrivateKey privateKey, List<X509Certificate> certificateChain, X509Certificate trustedCa) {
    public TlsMaterial {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(trustedCa, "trustedCa");
        certificateChain = List.copyOf(certificateChain);
        if (certificateChain.isEmpty()) {
            throw new IllegalArgumentException("certificate chain is empty");
        }
    }

    @Override
    public String toString() {
        return "TlsMaterial[subject=" + certificateChain.get(0).getSubjectX500Principal() + "]";
    }
}
