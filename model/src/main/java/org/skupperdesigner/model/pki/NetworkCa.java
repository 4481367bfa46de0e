package org.skupperdesigner.model.pki;

import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * The certificate authority of one network: an EC P-256 self-signed root that signs every site's server
 * certificate and every link's client certificate, like the {@code skupper-site-ca} of a real site. It may sign
 * leaf certificates only (path length 0).
 *
 * <p>The designer persists it with {@link #toPem()} / {@link #fromPem(String)}. {@link #toString()} never shows the
 * key.
 */
public final class NetworkCa {

    /** Ten years, so a design's CA outlives the certificates issued from it. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(3650);

    private final X509Certificate certificate;
    private final PrivateKey privateKey;

    private NetworkCa(X509Certificate certificate, PrivateKey privateKey) {
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    }

    /** A new CA named {@code commonName}, valid from now for {@link #DEFAULT_VALIDITY}. */
    public static NetworkCa create(String commonName) {
        return create(commonName, DEFAULT_VALIDITY, Clock.systemUTC());
    }

    /** A new CA named {@code commonName}, valid for {@code validity} from the clock's now. */
    public static NetworkCa create(String commonName, Duration validity, Clock clock) {
        requirePositive(validity);
        X500Name name = Certificates.commonName(commonName);
        SecureRandom random = new SecureRandom();
        KeyPair keys = KeyPairs.newEcP256(random);
        Instant notBefore = Certificates.now(clock);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, Certificates.serial(random),
                Date.from(notBefore), Date.from(notBefore.plus(validity)), name, keys.getPublic());
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
        } catch (CertIOException | NoSuchAlgorithmException e) {
            throw new PkiException("cannot build CA certificate", e);
        }
        return new NetworkCa(Certificates.sign(builder, keys.getPrivate()), keys.getPrivate());
    }

    /** Reads a CA written by {@link #toPem()}: a CA certificate and its matching private key. */
    public static NetworkCa fromPem(String pem) {
        return of(Pem.decodeCertificate(pem), Pem.decodePrivateKey(pem));
    }

    /** A CA from its parts, checking that the certificate is a CA and that the key belongs to it. */
    public static NetworkCa of(X509Certificate certificate, PrivateKey privateKey) {
        if (certificate.getBasicConstraints() < 0) {
            throw new PkiException("certificate " + certificate.getSubjectX500Principal()
                    + " is not a CA certificate (no basicConstraints CA:true)");
        }
        if (!KeyPairs.matches(privateKey, certificate.getPublicKey())) {
            throw new PkiException("the private key does not belong to CA certificate "
                    + certificate.getSubjectX500Principal());
        }
        return new NetworkCa(certificate, privateKey);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The signing key, for the issuer and for persisting the design's CA; never log it. */
    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The certificate followed by the PKCS#8 private key. The result is secret: store it owner-only. */
    public String toPem() {
        return Pem.encode(List.of(certificate)) + Pem.encode(privateKey);
    }

    @Override
    public String toString() {
        return "NetworkCa[" + certificate.getSubjectX500Principal().getName() + ", notAfter="
                + certificate.getNotAfter().toInstant() + "]";
    }

    static void requirePositive(Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive, was " + validity);
        }
    }
}
