package org.skupperdesigner.model.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * PEM text for certificates and private keys, as found in {@code tls.crt}, {@code tls.key} and {@code ca.crt}.
 *
 * <p>Keys are written as unencrypted PKCS#8 ({@code BEGIN PRIVATE KEY}); PKCS#8, SEC1 ({@code BEGIN EC PRIVATE
 * KEY}) and PKCS#1 ({@code BEGIN RSA PRIVATE KEY}, what Skupper itself writes) are read. Output always uses
 * {@code \n} line ends so files are identical on every platform. Errors never quote the input.
 */
public final class Pem {

    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(64, new byte[] {'\n'});

    private Pem() {
    }

    public static String encode(X509Certificate certificate) {
        try {
            return block("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateException e) {
            throw new PkiException("cannot encode certificate " + certificate.getSubjectX500Principal(), e);
        }
    }

    /** The certificates one after the other, as in a chain file. */
    public static String encode(List<X509Certificate> certificates) {
        StringBuilder sb = new StringBuilder();
        certificates.forEach(c -> sb.append(encode(c)));
        return sb.toString();
    }

    /** PKCS#8 PEM of the key. The result is secret: never log it. */
    public static String encode(PrivateKey key) {
        if (!"PKCS#8".equals(key.getFormat())) {
            throw new PkiException(key.getAlgorithm() + " key cannot be exported as PKCS#8");
        }
        return block("PRIVATE KEY", key.getEncoded());
    }

    /** Every certificate in the text, in order; other PEM blocks are ignored. At least one is required. */
    public static List<X509Certificate> decodeCertificates(String pem) {
        List<X509Certificate> certificates = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof X509CertificateHolder holder) {
                    certificates.add(certificate(holder.getEncoded()));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new PkiException("not a valid PEM certificate", e);
        }
        if (certificates.isEmpty()) {
            throw new PkiException("no PEM certificate found (expected '-----BEGIN CERTIFICATE-----')");
        }
        return List.copyOf(certificates);
    }

    /** The first certificate in the text. */
    public static X509Certificate decodeCertificate(String pem) {
        return decodeCertificates(pem).get(0);
    }

    /** The first private key in the text (PKCS#8, SEC1 EC or PKCS#1 RSA; not encrypted). */
    public static PrivateKey decodePrivateKey(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof PrivateKeyInfo info) {
                    return privateKey(info);
                }
                if (o instanceof PEMKeyPair pair) {
                    return privateKey(pair.getPrivateKeyInfo());
                }
                if (o instanceof PKCS8EncryptedPrivateKeyInfo || o instanceof PEMEncryptedKeyPair) {
                    throw new PkiException("the private key is encrypted; only unencrypted keys are read");
                }
                // anything else (certificates, EC PARAMETERS) is skipped
            }
        } catch (PkiException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // No cause: parser messages may echo parts of the key.
            throw new PkiException("not a valid PEM private key");
        }
        throw new PkiException("no PEM private key found (expected '-----BEGIN PRIVATE KEY-----')");
    }

    private static PrivateKey privateKey(PrivateKeyInfo info) throws IOException {
        ASN1ObjectIdentifier algorithm = info.getPrivateKeyAlgorithm().getAlgorithm();
        String name;
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
            name = "EC";
        } else if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
            name = "RSA";
        } else {
            throw new PkiException("unsupported private key algorithm " + algorithm + " (EC and RSA are read)");
        }
        try {
            return KeyFactory.getInstance(name).generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new PkiException("not a valid " + name + " private key");
        }
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new PkiException("not a valid X.509 certificate", e);
        }
    }

    private static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + BASE64.encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
