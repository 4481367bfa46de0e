package org.skupperdesigner.model.pki;

import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * Issues the leaf certificates of a network from its {@link NetworkCa}, as Skupper's controller does:
 * <ul>
 *   <li>a <b>server</b> certificate per site (the router's {@code skupper-site-server}): the site's hosts as DNS or
 *   IP subject alternative names, for serverAuth and clientAuth (a router both accepts and dials links);</li>
 *   <li>a <b>client</b> certificate per link (the link's {@code tlsCredentials}): subject CN = the dialing site,
 *   for clientAuth only; Skupper also puts the accepting site's hosts in it, so hosts are optional here.</li>
 * </ul>
 * Each certificate gets a fresh EC P-256 key. Validity starts at the clock's now and never outlasts the CA.
 */
public final class CertificateIssuer {

    /** Five years, Skupper's default for generated certificates. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(5 * 365);

    private static final Pattern DNS_NAME = Pattern.compile("(\\*\\.)?[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?");
    // keyEncipherment is what Skupper's (RSA) certificates carry; TLS stacks ignore it for EC keys.
    private static final int LEAF_KEY_USAGE = KeyUsage.digitalSignature | KeyUsage.keyEncipherment
            | KeyUsage.keyAgreement;

    private final NetworkCa ca;
    private final Clock clock;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();

    public CertificateIssuer(NetworkCa ca) {
        this(ca, Clock.systemUTC(), DEFAULT_VALIDITY);
    }

    public CertificateIssuer(NetworkCa ca, Clock clock, Duration validity) {
        this.ca = Objects.requireNonNull(ca, "ca");
        this.clock = Objects.requireNonNull(clock, "clock");
        NetworkCa.requirePositive(validity);
        this.validity = validity;
    }

    /** A server certificate for a site's router: {@code hosts} (at least one) become its SANs. */
    public IssuedCertificate server(String commonName, List<String> hosts) {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("a server certificate needs at least one host name or IP address");
        }
        return issue(commonName, hosts, new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth,
                KeyPurposeId.id_kp_clientAuth});
    }

    /** A client certificate for the link a site dials: subject CN = {@code dialingSite}. */
    public IssuedCertificate client(String dialingSite) {
        return client(dialingSite, List.of());
    }

    /** A client certificate that, like Skupper's, also names the accepting site's hosts. */
    public IssuedCertificate client(String dialingSite, List<String> hosts) {
        return issue(dialingSite, hosts, new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth});
    }

    private IssuedCertificate issue(String commonName, List<String> hosts, KeyPurposeId[] purposes) {
        GeneralNames altNames = hosts.isEmpty() ? null : subjectAlternativeNames(hosts);
        KeyPair keys = KeyPairs.newEcP256(random);
        X509Certificate caCert = ca.certificate();
        Instant notBefore = Certificates.now(clock);
        Instant notAfter = notBefore.plus(validity);
        Instant caNotAfter = caCert.getNotAfter().toInstant();
        if (notAfter.isAfter(caNotAfter)) {
            notAfter = caNotAfter;
        }
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCert, Certificates.serial(random),
                Date.from(notBefore), Date.from(notAfter), Certificates.commonName(commonName), keys.getPublic());
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(LEAF_KEY_USAGE))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(caCert));
            if (altNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, altNames);
            }
        } catch (CertIOException | NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new PkiException("cannot build certificate for " + commonName, e);
        }
        X509Certificate certificate = Certificates.sign(builder, ca.privateKey());
        return new IssuedCertificate(keys.getPrivate(), certificate, List.of(certificate, caCert), caCert);
    }

    private static GeneralNames subjectAlternativeNames(List<String> hosts) {
        List<GeneralName> names = new ArrayList<>();
        for (String host : hosts) {
            if (host != null && (IPAddress.isValidIPv4(host) || IPAddress.isValidIPv6(host))) {
                names.add(new GeneralName(GeneralName.iPAddress, host));
            } else if (host != null && DNS_NAME.matcher(host).matches()) {
                names.add(new GeneralName(GeneralName.dNSName, host));
            } else {
                throw new IllegalArgumentException("'" + host + "' is neither a DNS name nor an IP address");
            }
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }
}
