package org.skupperdesigner.router.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.skupperdesigner.router.config.TlsMaterial;

/**
 * One haproxy process (TCP mode, its default threads) relaying to a target port three ways, as the issue's
 * reference figures were taken: one hop; two chained hops; two chained hops with mutual TLS between them
 * (certificates from the bench's CA, verified both ways).
 */
final class HaproxyChains implements AutoCloseable {
    private final Process process;
    private final Ports ports;

    /** The client-facing port of each chain, and the inner ports the chains use. */
    record Ports(int oneHop, int chained, int chainedInner, int mtls, int mtlsInner) {
        static Ports free() throws IOException {
            return new Ports(ReferenceProcesses.freePort(), ReferenceProcesses.freePort(),
                    ReferenceProcesses.freePort(), ReferenceProcesses.freePort(), ReferenceProcesses.freePort());
        }
    }

    private HaproxyChains(Process process, Ports ports) {
        this.process = process;
        this.ports = ports;
    }

    /** Writes the certificates and configuration into {@code workDir}, starts haproxy and waits for every port. */
    static HaproxyChains start(Path program, Path workDir, BenchPki pki, int targetPort)
            throws IOException, InterruptedException {
        Path client = writePem(pki.router("haproxy-front"), workDir.resolve("front.pem"));
        Path server = writePem(pki.router("haproxy-back"), workDir.resolve("back.pem"));
        Path ca = workDir.resolve("ca.pem");
        Files.writeString(ca, pem(pki.caCertificate()), StandardCharsets.US_ASCII);
        Ports ports = Ports.free();
        Path config = workDir.resolve("haproxy.cfg");
        Files.writeString(config, configuration(ports, targetPort, client, server, ca), StandardCharsets.US_ASCII);
        Path log = workDir.resolve("haproxy.log");
        Process process = ReferenceProcesses.startLogged(List.of(program.toString(), "-db", "-f", config.toString()),
                "haproxy", log);
        try {
            for (int port : new int[] {ports.oneHop(), ports.chained(), ports.chainedInner(), ports.mtls(),
                    ports.mtlsInner()}) {
                ReferenceProcesses.awaitListening(process, "haproxy (" + config + ")", port, log);
            }
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        return new HaproxyChains(process, ports);
    }

    /** haproxy's configuration for the three chains in front of {@code targetPort}. */
    static String configuration(Ports ports, int targetPort, Path clientPem, Path serverPem, Path caPem) {
        String tlsClient = " ssl crt " + clientPem + " ca-file " + caPem + " verify required";
        String tlsServer = " ssl crt " + serverPem + " ca-file " + caPem + " verify required";
        return String.join("\n",
                "# written by the Skupper Designer router bench (reference comparison)",
                "global",
                "    maxconn 4096",
                "defaults",
                "    mode tcp",
                "    timeout connect 5s",
                "    timeout client 60s",
                "    timeout server 60s",
                listen("one-hop", ports.oneHop(), "", targetPort, ""),
                listen("chained-front", ports.chained(), "", ports.chainedInner(), ""),
                listen("chained-back", ports.chainedInner(), "", targetPort, ""),
                listen("mtls-front", ports.mtls(), "", ports.mtlsInner(), tlsClient),
                listen("mtls-back", ports.mtlsInner(), tlsServer, targetPort, ""),
                "");
    }

    private static String listen(String name, int port, String bindOptions, int next, String serverOptions) {
        return "listen " + name + "\n    bind 127.0.0.1:" + port + bindOptions + "\n    server next 127.0.0.1:" + next
                + serverOptions;
    }

    Ports ports() {
        return ports;
    }

    private static Path writePem(TlsMaterial material, Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (X509Certificate cert : material.certificateChain()) {
            text.append(pem(cert));
        }
        text.append(pkcs8Pem(material.privateKey()));
        Files.writeString(file, text, StandardCharsets.US_ASCII);
        return file;
    }

    /**
     * The key as PKCS#8 ("PRIVATE KEY"): the JDK's own encoding, which OpenSSL (haproxy) reads; the traditional
     * "EC PRIVATE KEY" form BouncyCastle makes from a JDK key is not readable by OpenSSL 3.
     */
    private static String pkcs8Pem(PrivateKey key) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static String pem(Object object) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }

    @Override
    public void close() {
        ReferenceProcesses.stop(process);
    }
}
