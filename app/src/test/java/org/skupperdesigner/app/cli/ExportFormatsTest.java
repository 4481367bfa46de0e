package org.skupperdesigner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --format, and import of an export folder. */
class ExportFormatsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void foldersAreTheDefaultAndKeepSiteSlashSiteDotYaml(@TempDir Path out) {
        CliRun run = CliRun.of(new ExportCommand(), EXAMPLES.resolve("hello-world.skupper-design.yaml").toString(),
                "-o", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out.resolve("west/west.yaml")).exists();
        assertThat(out.resolve("west/resources/Listener-backend.yaml")).exists();
        assertThat(out.resolve("west/kustomization.yaml")).exists();
        assertThat(run.out()).contains("wrote " + out.resolve("east/pending/AccessToken-east-to-west.yaml"));
    }

    @Test
    void aFolderThatCannotBeMadeIsNamedWithTheReasonAndWhatToDo(@TempDir Path tmp) throws java.io.IOException {
        Path file = java.nio.file.Files.writeString(tmp.resolve("plain"), "not a folder");
        Path out = file.resolve("out");

        CliRun run = CliRun.of(new ExportCommand(), EXAMPLES.resolve("hello-world.skupper-design.yaml").toString(),
                "-o", out.toString());

        assertThat(run.exit()).isEqualTo(SkupperDesignerCommand.EXIT_PROBLEMS);
        assertThat(run.err()).contains("error: cannot write the export to " + out + ": " + out)
                .contains(": Not a directory").contains("choose a folder you can write to with -o");
    }

    @Test
    void yamlAndCliFormats(@TempDir Path out) {
        String design = EXAMPLES.resolve("hub-and-spoke.skupper-design.yaml").toString();

        assertThat(CliRun.of(new ExportCommand(), design, "-o", out.resolve("y").toString(), "--format", "yaml")
                .exit()).isZero();
        assertThat(CliRun.of(new ExportCommand(), design, "-o", out.resolve("c").toString(), "--format", "cli")
                .exit()).isZero();

        assertThat(out.resolve("y/hub.yaml")).exists();
        assertThat(Files.isExecutable(out.resolve("c/create-network.sh"))).isTrue();
        assertThat(CliRun.of(new ExportCommand(), design, "-o", out.toString(), "--format", "helm").exit())
                .isEqualTo(SkupperDesignerCommand.EXIT_USAGE);
    }

    @Test
    void anExportFolderImportsAsTheDesignItCameFrom(@TempDir Path out) {
        CliRun.of(new ExportCommand(), EXAMPLES.resolve("hub-and-spoke.skupper-design.yaml").toString(), "-o",
                out.resolve("bundle").toString());

        CliRun run = CliRun.of(new ImportCommand(), out.resolve("bundle").toString(), "-o",
                out.resolve("back.skupper-design.yaml").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("imported 3 site(s), 2 link(s)");
    }
}
