package org.skupperdesigner.model.pki;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** What the CA and the issuer share: subject names, serial numbers, validity start, signing. */
final class Certificates {

    private Certificates() {
    }

    static X500Name commonName(String commonName) {
        if (commonName == null || commonName.isBlank()) {
            throw new IllegalArgumentException("a certificate needs a non-blank common name");
        }
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
    }

    /** A positive random serial of 127 bits: unique in practice, within the 20 octets RFC 5280 allows. */
    static BigInteger serial(SecureRandom random) {
        return new BigInteger(127, random).setBit(0);
    }

    /** Now by the given clock, to whole seconds (X.509 times carry no fractions). */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(KeyPairs.SIGNATURE_ALGORITHM)
                            .build(issuerKey)));
        } catch (OperatorCreationException | CertificateException e) {
            throw new PkiException("cannot sign certificate", e);
        }
    }
}
