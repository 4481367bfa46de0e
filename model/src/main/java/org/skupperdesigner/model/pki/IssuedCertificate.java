package org.skupperdesigner.model.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A certificate with its private key, as one TLS credential (the content of a {@code kubernetes.io/tls} Secret).
 *
 * @param privateKey    the certificate's key; secret
 * @param certificate   the leaf certificate
 * @param chain         the leaf first, then its issuers up to and including the CA
 * @param caCertificate the CA that signed it, which peers trust ({@code ca.crt})
 */
public record IssuedCertificate(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain,
                                X509Certificate caCertificate) {

    public IssuedCertificate {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(caCertificate, "caCertificate");
        chain = List.copyOf(chain);
        if (chain.isEmpty() || !chain.get(0).equals(certificate)) {
            throw new IllegalArgumentException("the chain must start with the certificate");
        }
    }

    public String subject() {
        return certificate.getSubjectX500Principal().getName();
    }

    /** Names the certificate only; the key and encoded certificates never appear, so logging this is safe. */
    @Override
    public String toString() {
        return "IssuedCertificate[subject=" + subject() + ", issuer=" + certificate.getIssuerX500Principal().getName()
                + ", serial=" + certificate.getSerialNumber().toString(16) + ", notAfter="
                + certificate.getNotAfter().toInstant() + "]";
    }
}
