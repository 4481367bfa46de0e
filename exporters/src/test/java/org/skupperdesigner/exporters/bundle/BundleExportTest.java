package org.skupperdesigner.exporters.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skupperdesigner.exporters.testing.CrdSchemas;
import org.skupperdesigner.exporters.testing.Designs;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.pki.NetworkCa;

class BundleExportTest {

    private static CrdSchemas schemas;

    @BeforeAll
    static void loadSchemas() throws IOException {
        schemas = CrdSchemas.fromRepository();
    }

    static List<Path> examples() throws IOException {
        return Designs.examples();
    }

    private static BundleExporter exporter() {
        NetworkCa ca = NetworkCa.create("test network CA");
        return new BundleExporter(() -> ca, Clock.systemUTC());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleExportsToFoldersThatPassTheCrdSchemas(Path example, @TempDir Path out) throws IOException {
        ExportResult result = exporter().export(Designs.load(example), out, ExportFormat.FOLDERS);

        assertThat(result.problems()).isEmpty();
        List<String> errors = new ArrayList<>();
        for (Path file : yamlFiles(out)) {
            if (file.getFileName().toString().equals(SiteBundleRenderer.KUSTOMIZATION)) {
                continue;
            }
            errors.addAll(schemas.validateYaml(Files.readString(file)).stream()
                    .map(e -> out.relativize(file) + ": " + e).toList());
        }
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleReimportsToTheSameDesign(Path example, @TempDir Path out) throws IOException {
        Network design = Designs.load(example);
        exporter().export(design, out, ExportFormat.FOLDERS);

        LoadedNetwork reimported = new BundleImporter().importBundle(out, design.name());

        assertThat(reimported.hasErrors()).as("%s", reimported.diagnostics()).isFalse();
        assertThat(Designs.comparable(reimported.network())).isEqualTo(Designs.comparable(design));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void kustomizationListsEveryResourceFileOfTheSite(Path example, @TempDir Path out) throws IOException {
        Network design = Designs.load(example);
        exporter().export(design, out, ExportFormat.FOLDERS);

        for (var site : design.sites().stream().filter(s -> s.platform().isKubernetes()).toList()) {
            Path folder = out.resolve(site.name());
            String kustomization = Files.readString(folder.resolve(SiteBundleRenderer.KUSTOMIZATION));
            try (Stream<Path> files = Files.list(folder.resolve(SiteBundleRenderer.RESOURCES))) {
                for (Path f : files.toList()) {
                    assertThat(kustomization).contains("resources/" + f.getFileName());
                }
            }
        }
    }

    @Test
    void sameDesignGivesByteIdenticalOutput(@TempDir Path a, @TempDir Path b) throws IOException {
        Network design = Designs.example("hub-and-spoke");
        exporter().export(design, a, ExportFormat.FOLDERS);
        exporter().export(design, b, ExportFormat.FOLDERS);

        assertThat(tree(b)).isEqualTo(tree(a));
    }

    @Test
    void tokenLinksPutTheGrantInTheAcceptingSiteAndAPendingTokenInTheDialingSite(@TempDir Path out)
            throws IOException {
        exporter().export(Designs.example("hello-world"), out, ExportFormat.FOLDERS);

        assertThat(out.resolve("west/resources/AccessGrant-east-to-west.yaml")).exists();
        String token = Files.readString(out.resolve("east/pending/AccessToken-east-to-west.yaml"));
        assertThat(token).contains("# Pending:").contains("skupperdesigner.org/target-site: west");
        assertThat(Files.readString(out.resolve("east/east.yaml"))).doesNotContain("AccessToken");
        assertThat(Files.readString(out.resolve("east/kustomization.yaml"))).doesNotContain("AccessToken");
        assertThat(Files.readString(out.resolve(BundleExporter.LINK_SCRIPT)))
                .contains("kubectl --context west --namespace hello-world-west wait accessgrant/east-to-west");
    }

    @Test
    void everyResourceCarriesTheManagedByLabel(@TempDir Path out) throws IOException {
        exporter().export(Designs.example("hello-world"), out, ExportFormat.FOLDERS);

        for (Path file : yamlFiles(out.resolve("west/resources"))) {
            assertThat(Files.readString(file)).contains("app.kubernetes.io/managed-by: skupper-designer")
                    .contains("skupperdesigner.org/network: hello-world");
        }
    }

    @Test
    void yamlFormatWritesOneMultiDocumentFilePerSite(@TempDir Path out) throws IOException {
        ExportResult result = exporter().export(Designs.example("hub-and-spoke"), out, ExportFormat.YAML);

        assertThat(result.written()).extracting(p -> out.relativize(p).toString())
                .containsExactly("hub.yaml", "spoke.yaml", "store.yaml");
        String hub = Files.readString(out.resolve("hub.yaml"));
        assertThat(hub).contains("kind: Site").contains("kind: AccessGrant").contains("kind: Connector");
        assertThat(schemas.validateYaml(hub)).isEmpty();
    }

    @Test
    void removedResourcesDisappearFromTheFolderOnReExport(@TempDir Path out) throws IOException {
        Network design = Designs.example("hello-world");
        exporter().export(design, out, ExportFormat.FOLDERS);
        Network without = design.updateSite("west", s -> s.withoutResource(
                org.skupperdesigner.model.resource.ResourceKind.LISTENER, "backend"));

        exporter().export(without, out, ExportFormat.FOLDERS);

        assertThat(out.resolve("west/resources/Listener-backend.yaml")).doesNotExist();
        assertThat(Files.readString(out.resolve("west/kustomization.yaml"))).doesNotContain("Listener");
    }

    static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                tree.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return tree;
    }
}
