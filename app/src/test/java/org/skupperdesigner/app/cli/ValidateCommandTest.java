package org.skupperdesigner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    static final Path EXAMPLES = Path.of("../examples");
    static final Path BROKEN = Path.of("../model/src/test/resources/broken-designs");

    @Test
    void aValidDesignExitsZero() {
        CliRun run = CliRun.of(new ValidateCommand(), EXAMPLES.resolve("hub-and-spoke.skupper-design.yaml").toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("0 error(s)");
    }

    @Test
    void errorsAreGroupedBySiteWithFileAndLineAndExitOne() {
        Path design = BROKEN.resolve("edge-with-ha.skupper-design.yaml");

        CliRun run = CliRun.of(new ValidateCommand(), design.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("site branch").contains("error   site.edge-ha")
                .containsPattern("edge-with-ha\\.skupper-design\\.yaml:\\d+").contains("fix: ");
    }

    @Test
    void warningsAloneExitZero() {
        CliRun run = CliRun.of(new ValidateCommand(), BROKEN.resolve("typo-routing-key.skupper-design.yaml")
                .toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("routing-key.near-miss").contains("did you mean 'database'");
    }

    @Test
    void yamlFoldersAreValidatedWithTheirFileLocations(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("west.yaml"), """
                apiVersion: skupper.io/v2alpha1
                kind: Site
                metadata:
                  name: west
                  namespace: west
                spec:
                  edge: true
                  ha: true
                ---
                apiVersion: skupper.io/v2alpha1
                kind: Listener
                metadata:
                  name: Bad_Name
                  namespace: west
                spec:
                  routingKey: backend
                  host: backend
                  port: 8080
                """);

        CliRun run = CliRun.of(new ValidateCommand(), dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        // each finding points at the line of the field it is about: ha, and the listener's name
        assertThat(run.out()).contains("site.edge-ha").contains("name.dns1123").contains("west.yaml:8:3")
                .contains("west.yaml:13:3");
        CliRun json = CliRun.of(new ValidateCommand(), "--format", "json", dir.toString());
        assertThat(json.out()).contains("\"field\" : \"spec.ha\"").contains("\"field\" : \"metadata.name\"");
    }

    @Test
    void jsonForMachines() {
        CliRun run = CliRun.of(new ValidateCommand(), "--format", "json",
                BROKEN.resolve("link-to-closed-site.skupper-design.yaml").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("\"ruleId\" : \"link.target-no-access\"").contains("\"errors\" : 1")
                .contains("\"line\"");
    }

    @Test
    void severalDesignFilesAreValidatedOneByOne() {
        CliRun run = CliRun.of(new ValidateCommand(), BROKEN.resolve("edge-with-ha.skupper-design.yaml").toString(),
                EXAMPLES.resolve("hub-and-spoke.skupper-design.yaml").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("== ../model/src/test/resources/broken-designs/edge-with-ha")
                .contains("== ../examples/hub-and-spoke").doesNotContain("yaml.not-skupper");
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertThat(CliRun.of(new ValidateCommand(), "no/such/design.yaml").exit()).isEqualTo(2);
        assertThat(CliRun.of(new ValidateCommand()).exit()).isEqualTo(2);
        assertThat(CliRun.of(new ValidateCommand(), "--format", "xml", "x").exit()).isEqualTo(2);
    }

    @Test
    void everyBrokenDesignFailsOrWarns() throws IOException {
        try (var files = Files.list(BROKEN)) {
            for (Path p : files.toList()) {
                CliRun run = CliRun.of(new ValidateCommand(), p.toString());
                assertThat(run.out()).as(p.toString()).doesNotContain("0 error(s), 0 warning(s)");
            }
        }
    }
}
