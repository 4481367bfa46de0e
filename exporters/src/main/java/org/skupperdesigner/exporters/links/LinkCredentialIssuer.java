package org.skupperdesigner.exporters.links;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.skupperdesigner.exporters.desired.DesignerMetadata;
import org.skupperdesigner.model.pki.CertificateIssuer;
import org.skupperdesigner.model.pki.IssuedCertificate;
import org.skupperdesigner.model.pki.NetworkCa;
import org.skupperdesigner.model.pki.PkiException;
import org.skupperdesigner.model.pki.TlsSecrets;
import org.skupperdesigner.model.resource.Secret;

/**
 * Issues the TLS Secrets of pre-issued links from the network CA (the model's PKI), reusing a Secret issued earlier
 * when it came from the same CA for the same subject and hosts and is not close to expiry: output stays
 * deterministic and a re-apply writes nothing.
 */
public final class LinkCredentialIssuer {

    /** Certificates closer than this to expiry are re-issued. */
    public static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private final NetworkCa ca;
    private final Clock clock;
    private final CertificateIssuer issuer;
    private final ExistingSecrets existing;

    public LinkCredentialIssuer(NetworkCa ca, Clock clock, ExistingSecrets existing) {
        this.ca = ca;
        this.clock = clock;
        this.issuer = new CertificateIssuer(ca, clock, CertificateIssuer.DEFAULT_VALIDITY);
        this.existing = existing;
    }

    /** The server Secret of an accepting site's RouterAccess. */
    public Secret serverSecret(String siteId, String secretName, String commonName, List<String> hosts) {
        return secret(siteId, secretName, fingerprint("server", commonName, hosts),
                () -> issuer.server(commonName, hosts));
    }

    /** The client Secret a dialing site's Link names in {@code tlsCredentials}. */
    public Secret clientSecret(String siteId, String secretName, String commonName) {
        return secret(siteId, secretName, fingerprint("client", commonName, List.of()),
                () -> issuer.client(commonName));
    }

    private Secret secret(String siteId, String name, String fingerprint, Supplier<IssuedCertificate> issue) {
        Secret fresh = existing.find(siteId, name).filter(s -> reusable(s, fingerprint))
                .orElseGet(() -> TlsSecrets.toSecret(name, issue.get()));
        return new Secret(fresh.metadata().withName(name).withNamespace(null)
                .withAnnotation(DesignerMetadata.CREDENTIAL, fingerprint)
                .withAnnotation(DesignerMetadata.SENSITIVE, "true"),
                TlsSecrets.TYPE, fresh.data(), fresh.stringData(), java.util.Map.of());
    }

    private boolean reusable(Secret secret, String fingerprint) {
        if (!fingerprint.equals(secret.metadata().annotations().get(DesignerMetadata.CREDENTIAL))) {
            return false;
        }
        try {
            IssuedCertificate issued = TlsSecrets.fromSecret(secret);
            if (!issued.caCertificate().equals(ca.certificate())) {
                return false;
            }
            issued.certificate().verify(ca.certificate().getPublicKey());
            return issued.certificate().getNotAfter().toInstant().isAfter(clock.instant().plus(RENEW_BEFORE));
        } catch (PkiException | IllegalArgumentException | java.security.GeneralSecurityException e) {
            return false;
        }
    }

    private String fingerprint(String role, String commonName, List<String> hosts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((role + "|" + commonName + "|" + String.join(",", hosts.stream().sorted().toList()) + "|")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(ca.certificate().getEncoded());
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
