package org.skupperdesigner.model.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SignatureException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.Secret;

class PkiTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final NetworkCa ca = NetworkCa.create("hello-world-ca", Duration.ofDays(3650), CLOCK);
    private final CertificateIssuer issuer = new CertificateIssuer(ca, CLOCK, Duration.ofDays(365));

    @Test
    void theCaIsAPathLengthZeroSigningOnlyAuthority() throws Exception {
        X509Certificate cert = ca.certificate();

        cert.verify(cert.getPublicKey());
        assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=hello-world-ca");
        assertThat(cert.getBasicConstraints()).isZero();
        assertThat(cert.getCriticalExtensionOIDs()).contains("2.5.29.19", "2.5.29.15");
        assertThat(keyUsage(cert)).containsExactly("keyCertSign", "cRLSign");
        assertThat(cert.getExtensionValue("2.5.29.14")).as("subject key identifier").isNotNull();
        assertThat(cert.getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(cert.getNotBefore().toInstant()).isEqualTo(NOW);
        assertThat(cert.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(3650)));
    }

    @Test
    void aServerCertificateCarriesTheSiteHostsAndServerAndClientUsage() throws Exception {
        IssuedCertificate server = issuer.server("skupper-site-server",
                List.of("skupper-inter-router-west.apps.example.com", "localhost", "127.0.0.1", "::1"));
        X509Certificate cert = server.certificate();

        assertThat(cert.getBasicConstraints()).isEqualTo(-1);
        assertThat(keyUsage(cert)).containsExactly("digitalSignature", "keyEncipherment", "keyAgreement");
        assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        assertThat(sans(cert)).containsExactly("2:skupper-inter-router-west.apps.example.com", "2:localhost",
                "7:127.0.0.1", "7:0:0:0:0:0:0:0:1");
        assertThat(cert.getExtensionValue("2.5.29.14")).as("subject key identifier").isNotNull();
        assertThat(cert.getExtensionValue("2.5.29.35")).as("authority key identifier").isNotNull();
        assertThat(server.chain()).containsExactly(cert, ca.certificate());
        assertThat(server.caCertificate()).isEqualTo(ca.certificate());
    }

    @Test
    void aClientCertificateNamesTheDialingSiteAndIsForClientAuthOnly() throws Exception {
        X509Certificate cert = issuer.client("east").certificate();

        assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=east");
        assertThat(cert.getIssuerX500Principal()).isEqualTo(ca.certificate().getSubjectX500Principal());
        assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
        assertThat(cert.getSubjectAlternativeNames()).isNull();
    }

    @Test
    void issuedCertificatesChainToTheCa() throws Exception {
        IssuedCertificate server = issuer.server("west", List.of("west.example.com"));
        IssuedCertificate client = issuer.client("east", List.of("west.example.com"));

        validate(server.certificate(), ca.certificate(), NOW.plusSeconds(60));
        validate(client.certificate(), ca.certificate(), NOW.plusSeconds(60));
        server.certificate().verify(ca.certificate().getPublicKey());
    }

    @Test
    void aCaWithTheSameNameButAnotherKeyDoesNotVerifyTheCertificate() {
        NetworkCa impostor = NetworkCa.create("hello-world-ca", Duration.ofDays(3650), CLOCK);
        X509Certificate cert = issuer.client("east").certificate();

        assertThatThrownBy(() -> cert.verify(impostor.certificate().getPublicKey()))
                .isInstanceOf(SignatureException.class);
        assertThatThrownBy(() -> validate(cert, impostor.certificate(), NOW.plusSeconds(60)))
                .isInstanceOf(CertPathValidatorException.class);
    }

    @Test
    void aClockInThePastMakesExpiredCertificatesForTests() {
        Clock monthAgo = Clock.fixed(NOW.minus(Duration.ofDays(30)), ZoneOffset.UTC);
        IssuedCertificate expired = new CertificateIssuer(ca, monthAgo, Duration.ofDays(1)).client("east");

        assertThatThrownBy(() -> expired.certificate().checkValidity(Date.from(NOW)))
                .isInstanceOf(CertificateExpiredException.class);
        assertThatThrownBy(() -> validate(expired.certificate(), ca.certificate(), NOW))
                .isInstanceOf(CertPathValidatorException.class);
    }

    @Test
    void aCertificateNeverOutlivesItsCa() {
        NetworkCa shortCa = NetworkCa.create("short", Duration.ofDays(10), CLOCK);
        X509Certificate cert = new CertificateIssuer(shortCa, CLOCK, Duration.ofDays(365)).client("east")
                .certificate();

        assertThat(cert.getNotAfter()).isEqualTo(shortCa.certificate().getNotAfter());
    }

    @Test
    void badRequestsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> issuer.server("west", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one host");
        assertThatThrownBy(() -> issuer.server("west", List.of("not a host")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'not a host'");
        assertThatThrownBy(() -> issuer.client(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("common name");
        assertThatThrownBy(() -> new CertificateIssuer(ca, CLOCK, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validity");
    }

    @Test
    void aSecretRoundTripKeepsKeyCertificateAndCa() {
        IssuedCertificate issued = issuer.client("east", List.of("west.example.com"));

        Secret secret = TlsSecrets.toSecret("west-link", issued);
        IssuedCertificate back = TlsSecrets.fromSecret(secret);

        assertThat(secret.type()).isEqualTo("kubernetes.io/tls");
        assertThat(secret.data()).containsOnlyKeys("tls.crt", "tls.key", "ca.crt");
        assertThat(decoded(secret, "tls.key")).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(decoded(secret, "tls.crt")).containsOnlyOnce("BEGIN CERTIFICATE");
        assertThat(decoded(secret, "ca.crt")).isEqualTo(Pem.encode(ca.certificate()));
        assertThat(back.certificate()).isEqualTo(issued.certificate());
        assertThat(back.caCertificate()).isEqualTo(ca.certificate());
        assertThat(back.chain()).isEqualTo(issued.chain());
        assertThat(back.privateKey().getEncoded()).isEqualTo(issued.privateKey().getEncoded());
    }

    @Test
    void aSecretWhoseKeyBelongsToAnotherCertificateIsRejected() {
        Secret east = TlsSecrets.toSecret("east", issuer.client("east"));
        Secret west = TlsSecrets.toSecret("west", issuer.client("west"));
        Secret mixed = new Secret(ObjectMeta.named("mixed"), TlsSecrets.TYPE,
                Map.of("tls.crt", east.data().get("tls.crt"), "tls.key", west.data().get("tls.key"),
                        "ca.crt", east.data().get("ca.crt")), Map.of(), Map.of());

        assertThatThrownBy(() -> TlsSecrets.fromSecret(mixed)).isInstanceOf(PkiException.class)
                .hasMessage("Secret mixed: tls.key does not belong to the certificate in tls.crt");
        Secret noCa = new Secret(ObjectMeta.named("no-ca"), TlsSecrets.TYPE,
                Map.of("tls.crt", east.data().get("tls.crt"), "tls.key", east.data().get("tls.key")), Map.of(),
                Map.of());
        assertThatThrownBy(() -> TlsSecrets.fromSecret(noCa)).hasMessage("Secret no-ca has no ca.crt");
    }

    @Test
    void aSecretWithPlainStringDataIsReadToo() {
        IssuedCertificate issued = issuer.client("east");
        Secret plain = new Secret(ObjectMeta.named("plain"), TlsSecrets.TYPE, Map.of(),
                Map.of("tls.crt", Pem.encode(issued.certificate()), "tls.key", Pem.encode(issued.privateKey()),
                        "ca.crt", Pem.encode(ca.certificate())), Map.of());

        assertThat(TlsSecrets.fromSecret(plain).certificate()).isEqualTo(issued.certificate());
    }

    @Test
    void theCaSurvivesPemAndSecretRoundTripsAndKeepsIssuing() throws Exception {
        NetworkCa fromPem = NetworkCa.fromPem(ca.toPem());
        NetworkCa fromSecret = TlsSecrets.caFromSecret(TlsSecrets.toSecret("skupper-site-ca", ca));

        assertThat(fromPem.certificate()).isEqualTo(ca.certificate());
        assertThat(fromSecret.privateKey().getEncoded()).isEqualTo(ca.privateKey().getEncoded());
        X509Certificate later = new CertificateIssuer(fromPem, CLOCK, Duration.ofDays(1)).client("east")
                .certificate();
        validate(later, ca.certificate(), NOW.plusSeconds(1));
    }

    @Test
    void aCaPemWithAForeignKeyOrALeafCertificateIsRejected() {
        NetworkCa other = NetworkCa.create("other", Duration.ofDays(1), CLOCK);
        IssuedCertificate leaf = issuer.client("east");

        assertThatThrownBy(() -> NetworkCa.fromPem(Pem.encode(ca.certificate()) + Pem.encode(other.privateKey())))
                .isInstanceOf(PkiException.class).hasMessageContaining("does not belong");
        assertThatThrownBy(() -> NetworkCa.fromPem(Pem.encode(leaf.certificate()) + Pem.encode(leaf.privateKey())))
                .isInstanceOf(PkiException.class).hasMessageContaining("not a CA certificate");
        assertThatThrownBy(() -> Pem.decodePrivateKey("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"))
                .isInstanceOf(PkiException.class).hasMessage("not a valid PEM private key");
        assertThatThrownBy(() -> Pem.decodeCertificates("hello")).isInstanceOf(PkiException.class)
                .hasMessageContaining("no PEM certificate");
    }

    @Test
    void anRsaKeyInPkcs1FormLikeSkupperWritesIsRead() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair rsa = generator.generateKeyPair();
        byte[] pkcs1 = PrivateKeyInfo.getInstance(rsa.getPrivate().getEncoded()).parsePrivateKey().toASN1Primitive()
                .getEncoded();
        String pem = "-----BEGIN RSA PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs1)
                + "\n-----END RSA PRIVATE KEY-----\n";

        PrivateKey key = Pem.decodePrivateKey(pem);

        assertThat(key.getAlgorithm()).isEqualTo("RSA");
        assertThat(KeyPairs.matches(key, rsa.getPublic())).isTrue();
        assertThat(KeyPairs.matches(key, issuer.client("east").certificate().getPublicKey())).isFalse();
    }

    @Test
    void toStringNeverShowsKeyMaterial() {
        IssuedCertificate issued = issuer.server("west", List.of("localhost"));
        String keyBase64 = Base64.getEncoder().encodeToString(issued.privateKey().getEncoded());
        String caKeyBase64 = Base64.getEncoder().encodeToString(ca.privateKey().getEncoded());
        Secret secret = TlsSecrets.toSecret("west", issued);

        for (String text : List.of(issued.toString(), ca.toString(), secret.toString())) {
            assertThat(text).doesNotContain("PRIVATE KEY").doesNotContain(keyBase64).doesNotContain(caKeyBase64)
                    .doesNotContain(keyBase64.substring(0, 24)).doesNotContain(secret.data().get("tls.key")
                            .substring(0, 24));
        }
        assertThat(issued.toString()).contains("CN=west").contains("CN=hello-world-ca");
    }

    @Test
    void serverAndClientCertificatesCompleteAMutualTlsHandshakeWithHostnameCheck() throws Exception {
        CertificateIssuer now = new CertificateIssuer(ca);
        IssuedCertificate server = now.server("west", List.of("localhost", "127.0.0.1"));
        IssuedCertificate client = now.client("east");
        SSLContext serverContext = context(server);
        SSLContext clientContext = context(client);

        try (SSLServerSocket listening = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listening.setNeedClientAuth(true);
            CompletableFuture<String> peer = CompletableFuture.supplyAsync(() -> {
                try (SSLSocket accepted = (SSLSocket) listening.accept()) {
                    accepted.getInputStream().read();
                    return accepted.getSession().getPeerPrincipal().getName();
                } catch (Exception e) {
                    return "failed: " + e;
                }
            });
            try (SSLSocket socket = (SSLSocket) clientContext.getSocketFactory()
                    .createSocket("127.0.0.1", listening.getLocalPort())) {
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(parameters);
                OutputStream out = socket.getOutputStream();
                out.write(1);
                out.flush();
                assertThat(socket.getSession().getPeerPrincipal().getName()).isEqualTo("CN=west");
            }
            assertThat(peer.get(10, TimeUnit.SECONDS)).isEqualTo("CN=east");
        }
    }

    private static SSLContext context(IssuedCertificate credential) throws GeneralSecurityException,
            java.io.IOException {
        char[] password = "test".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("tls", credential.privateKey(), password,
                credential.chain().toArray(X509Certificate[]::new));
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", credential.caCertificate());
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return context;
    }

    private static void validate(X509Certificate cert, X509Certificate trusted, Instant at) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(trusted, null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(at));
        CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(List.of(cert)), parameters);
    }

    private static List<String> keyUsage(X509Certificate cert) {
        String[] names = {"digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment",
                "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
        List<String> result = new ArrayList<>();
        boolean[] bits = cert.getKeyUsage();
        for (int i = 0; i < bits.length && i < names.length; i++) {
            if (bits[i]) {
                result.add(names[i]);
            }
        }
        return result;
    }

    private static List<String> sans(X509Certificate cert) throws Exception {
        Collection<List<?>> names = cert.getSubjectAlternativeNames();
        return names.stream().map(n -> n.get(0) + ":" + n.get(1)).toList();
    }

    private static String decoded(Secret secret, String key) {
        return new String(Base64.getDecoder().decode(secret.data().get(key)), StandardCharsets.UTF_8);
    }

}
