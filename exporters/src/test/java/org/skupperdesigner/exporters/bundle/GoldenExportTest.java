package org.skupperdesigner.exporters.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skupperdesigner.exporters.testing.Designs;
import org.skupperdesigner.exporters.testing.RepositoryPaths;
import org.skupperdesigner.model.pki.NetworkCa;

/**
 * The folders export of hello-world and the CLI script of hub-and-spoke, byte for byte. After an intended change,
 * regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenExportTest {

    private static final Path GOLDEN = RepositoryPaths.root().resolve("exporters/src/test/resources/golden");

    private final BundleExporter exporter = new BundleExporter(() -> NetworkCa.create("unused"), Clock.systemUTC());

    @Test
    void helloWorldFolders(@TempDir Path out) throws IOException {
        exporter.export(Designs.example("hello-world"), out, ExportFormat.FOLDERS);
        compare(out, GOLDEN.resolve("hello-world-folders"));
    }

    @Test
    void hubAndSpokeCliScript(@TempDir Path out) throws IOException {
        exporter.export(Designs.example("hub-and-spoke"), out, ExportFormat.CLI);
        compare(out, GOLDEN.resolve("hub-and-spoke-cli"));
    }

    private static void compare(Path actual, Path golden) throws IOException {
        Map<String, String> tree = BundleExportTest.tree(actual);
        if (Boolean.getBoolean("golden.update")) {
            if (Files.exists(golden)) {
                try (var walk = Files.walk(golden)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            for (Map.Entry<String, String> e : tree.entrySet()) {
                Path file = golden.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
            }
        }
        assertThat(tree).isEqualTo(BundleExportTest.tree(golden));
    }
}
