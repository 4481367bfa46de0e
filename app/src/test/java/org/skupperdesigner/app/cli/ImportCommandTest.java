package org.skupperdesigner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import refuses to write a design when the input holds nothing to make one of, and says why. */
class ImportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderWithoutYamlWritesNothingAndSaysSo() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("README.md"), "not yaml");
        Path design = tmp.resolve("x.skupper-design.yaml");

        CliRun run = CliRun.of(new ImportCommand(), empty.toString(), "-o", design.toString());

        assertThat(run.exit()).isEqualTo(SkupperDesignerCommand.EXIT_PROBLEMS);
        assertThat(run.err()).contains(empty + ": warning: the folder holds no .yaml, .yml or .json file")
                .contains(empty + ": error: no Skupper resources were found, so there is no design to write")
                .contains("1 error(s), 1 warning(s)");
        assertThat(design).doesNotExist();
    }

    @Test
    void yamlWithoutSkupperResourcesWritesNothing() throws IOException {
        Path deployment = Files.writeString(tmp.resolve("app.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: backend}
                """);
        Path design = tmp.resolve("x.skupper-design.yaml");

        CliRun run = CliRun.of(new ImportCommand(), deployment.toString(), "-o", design.toString());

        assertThat(run.exit()).isEqualTo(SkupperDesignerCommand.EXIT_PROBLEMS);
        assertThat(run.err()).contains("skipped Deployment").contains(deployment + ": error: no Skupper resources "
                + "were found").contains("1 error(s), 1 warning(s)").doesNotContain("--keep-partial");
        assertThat(design).doesNotExist();
    }
}
