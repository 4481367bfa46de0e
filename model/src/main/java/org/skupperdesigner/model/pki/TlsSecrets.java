package org.skupperdesigner.model.pki;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.Secret;

/**
 * TLS credentials as Kubernetes Secrets of type {@value #TYPE}, the way Skupper stores them (reference, part C):
 * {@code tls.crt} (the certificate), {@code tls.key} (its PKCS#8 key), {@code ca.crt} (the CA peers are checked
 * against). Values go base64-encoded under {@code data}; reading also accepts plain {@code stringData}.
 */
public final class TlsSecrets {

    public static final String TYPE = "kubernetes.io/tls";

    private TlsSecrets() {
    }

    /** A link or server credential: {@code tls.crt} holds the certificate (and any intermediates, not the CA). */
    public static Secret toSecret(String name, IssuedCertificate issued) {
        List<X509Certificate> certificates = new ArrayList<>(issued.chain());
        if (certificates.size() > 1 && certificates.get(certificates.size() - 1).equals(issued.caCertificate())) {
            certificates.remove(certificates.size() - 1);
        }
        return secret(name, Pem.encode(certificates), Pem.encode(issued.privateKey()),
                Pem.encode(issued.caCertificate()));
    }

    /** The CA itself as a Secret (like {@code skupper-site-ca}): for a CA, {@code ca.crt} equals {@code tls.crt}. */
    public static Secret toSecret(String name, NetworkCa ca) {
        String certificate = Pem.encode(ca.certificate());
        return secret(name, certificate, Pem.encode(ca.privateKey()), certificate);
    }

    /** Reads a credential back, checking that the key belongs to the certificate. */
    public static IssuedCertificate fromSecret(Secret secret) {
        List<X509Certificate> certificates = Pem.decodeCertificates(value(secret, Secret.TLS_CRT));
        PrivateKey key = privateKey(secret);
        X509Certificate ca = Pem.decodeCertificate(value(secret, Secret.CA_CRT));
        if (!KeyPairs.matches(key, certificates.get(0).getPublicKey())) {
            throw new PkiException("Secret " + secret.name() + ": " + Secret.TLS_KEY + " does not belong to the "
                    + "certificate in " + Secret.TLS_CRT);
        }
        List<X509Certificate> chain = new ArrayList<>(certificates);
        if (!chain.get(chain.size() - 1).equals(ca)) {
            chain.add(ca);
        }
        return new IssuedCertificate(key, certificates.get(0), chain, ca);
    }

    /** Reads a CA Secret written by {@link #toSecret(String, NetworkCa)}. */
    public static NetworkCa caFromSecret(Secret secret) {
        X509Certificate certificate = Pem.decodeCertificate(value(secret, Secret.TLS_CRT));
        return NetworkCa.of(certificate, privateKey(secret));
    }

    private static Secret secret(String name, String certificate, String key, String ca) {
        Map<String, String> data = new TreeMap<>();
        data.put(Secret.TLS_CRT, base64(certificate));
        data.put(Secret.TLS_KEY, base64(key));
        data.put(Secret.CA_CRT, base64(ca));
        return new Secret(ObjectMeta.named(name), TYPE, data, Map.of(), Map.of());
    }

    private static PrivateKey privateKey(Secret secret) {
        try {
            return Pem.decodePrivateKey(value(secret, Secret.TLS_KEY));
        } catch (PkiException e) {
            throw new PkiException("Secret " + secret.name() + ", " + Secret.TLS_KEY + ": " + e.getMessage());
        }
    }

    private static String value(Secret secret, String key) {
        String plain = secret.stringData().get(key);
        if (plain != null) {
            return plain;
        }
        String encoded = secret.data().get(key);
        if (encoded == null) {
            throw new PkiException("Secret " + secret.name() + " has no " + key);
        }
        try {
            return new String(Base64.getMimeDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new PkiException("Secret " + secret.name() + ": " + key + " is not valid base64");
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
