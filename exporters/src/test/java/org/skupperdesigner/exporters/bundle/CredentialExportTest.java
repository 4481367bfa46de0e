package org.skupperdesigner.exporters.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skupperdesigner.exporters.testing.CrdSchemas;
import org.skupperdesigner.exporters.testing.Designs;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.pki.NetworkCa;
import org.skupperdesigner.model.pki.TlsSecrets;
import org.skupperdesigner.model.resource.Secret;

class CredentialExportTest {

    private final NetworkCa ca = NetworkCa.create("test network CA");

    private BundleExporter exporter() {
        return new BundleExporter(() -> ca, Clock.systemUTC());
    }

    private static Network credentials() {
        return Designs.example("hello-world").withLinkMode(LinkMode.CREDENTIALS)
                .updateSite("west", s -> s.withExternalHost("west.example.com").withResource(
                        s.siteResource().orElseThrow().withSpec(s.siteSpec().withLinkAccess(null))));
    }

    @Test
    void preIssuedLinksCarryEndpointsAndSecretsSignedByTheNetworkCa(@TempDir Path out) throws IOException {
        ExportResult result = exporter().export(credentials(), out, ExportFormat.FOLDERS);

        assertThat(result.problems()).isEmpty();
        String link = Files.readString(out.resolve("east/resources/Link-east-to-west.yaml"));
        assertThat(link).contains("host: west.example.com").contains("port: \"55671\"")
                .contains("tlsCredentials: east-to-west").contains("skupperdesigner.org/target-site: west");
        assertThat(out.resolve("west/resources/RouterAccess-skupper-designer-link-access.yaml")).exists();
        assertThat(out.resolve(BundleExporter.LINK_SCRIPT)).doesNotExist();
        Secret client = secret(out.resolve("east/resources/Secret-east-to-west.yaml"));
        var issued = TlsSecrets.fromSecret(client);
        assertThat(issued.caCertificate()).isEqualTo(ca.certificate());
        assertThat(issued.subject()).isEqualTo("CN=east");
        assertThat(CrdSchemas.fromRepository().validateYaml(Files.readString(out.resolve("east/east.yaml"))))
                .isEmpty();
    }

    @Test
    void filesWithPrivateKeysAreOwnerOnlyAndMarkedOthersAreNot(@TempDir Path out) throws IOException {
        ExportResult result = exporter().export(credentials(), out, ExportFormat.FOLDERS);

        Path secret = out.resolve("east/resources/Secret-east-to-west.yaml");
        assertThat(result.sensitive()).contains(secret, out.resolve("east/east.yaml"),
                out.resolve("west/resources/Secret-skupper-designer-link-access.yaml"));
        assertThat(OwnerOnlyFiles.isOwnerOnly(secret)).isTrue();
        assertThat(Files.readString(secret)).startsWith(ResourceYaml.SENSITIVE_HEADER);
        assertThat(OwnerOnlyFiles.isOwnerOnly(out.resolve("east/resources/Link-east-to-west.yaml"))).isFalse();
        assertThat(Files.readString(out.resolve(BundleExporter.README)))
                .contains("`east/resources/Secret-east-to-west.yaml`");
    }

    @Test
    void reExportingKeepsStillValidCertificatesSoTheOutputIsStable(@TempDir Path out) throws IOException {
        exporter().export(credentials(), out, ExportFormat.FOLDERS);
        var first = BundleExportTest.tree(out);

        exporter().export(credentials(), out, ExportFormat.FOLDERS);

        assertThat(BundleExportTest.tree(out)).isEqualTo(first);
    }

    @Test
    void aMissingExternalHostIsReportedAndNothingIsWritten(@TempDir Path out) throws IOException {
        Network design = credentials().updateSite("west", s -> s.withExternalHost(null));

        ExportResult result = exporter().export(design, out, ExportFormat.FOLDERS);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.problems()).extracting(Diagnostic::ruleId).containsExactly("export.external-host-missing");
        assertThat(result.problems().get(0).message()).isEqualTo("link east-to-west: site west has no external host, "
                + "so east cannot be given a Link endpoint");
        assertThat(result.written()).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void credentialsExportsReimportToTheSameDesign(@TempDir Path out) throws IOException {
        exporter().export(credentials(), out, ExportFormat.FOLDERS);

        LoadedNetwork reimported = new BundleImporter().importBundle(out, "hello-world");

        assertThat(Designs.comparable(reimported.network())).isEqualTo(Designs.comparable(credentials()));
    }

    @Test
    void tokenLinksCannotEndOnAPodmanSite() {
        Network design = Designs.example("hub-and-spoke")
                .updateSite("store", s -> s.withResource(s.siteResource().orElseThrow().withSpec(
                        s.siteSpec().withEdge(null).withLinkAccess("default"))))
                .withLink(org.skupperdesigner.model.network.NetworkLink.between("hub", "store"));

        var desired = exporter().desired(design, org.skupperdesigner.exporters.links.ExistingSecrets.NONE);

        assertThat(desired.problems()).extracting(Diagnostic::ruleId).containsExactly("export.token-to-system-site");
        assertThat(desired.problems().get(0).message()).isEqualTo("link hub-to-store: site store runs on podman, "
                + "where Skupper cannot issue access grants");
    }

    private static Secret secret(Path file) throws IOException {
        var problems = new java.util.ArrayList<Diagnostic>();
        var doc = new org.skupperdesigner.model.yaml.YamlDocumentReader().read(file.toString(),
                Files.readString(file), problems).get(0);
        return (Secret) new org.skupperdesigner.model.yaml.ResourceDecoder().decode(doc, problems).get(0)
                .resource();
    }
}
