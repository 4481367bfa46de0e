package org.skupperdesigner.app.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReportsTest {

    @TempDir
    Path home;

    @Test
    void eachRunGetsItsOwnFolderNamedForWhenAndWhichScenario() throws Exception {
        ScenarioReports reports = new ScenarioReports(home.resolve("reports"));
        Path report = reports.newReport(Path.of("scenarios/fail over!.yaml"), LocalDateTime.of(2026, 11, 22, 9, 5, 7));

        assertThat(report.getFileName()).hasToString("report.html");
        assertThat(report.getParent()).isDirectory().hasFileName("20261122-090507-000-fail_over_");
        assertThat(report.getParent().getParent()).isEqualTo(home.resolve("reports"));
    }

    @Test
    void onlyTheNewestAreKeptAndOlderOnesGoWithTheirFiles() throws Exception {
        ScenarioReports reports = new ScenarioReports(home.resolve("reports"));
        LocalDateTime start = LocalDateTime.of(2026, 11, 22, 9, 0);
        Path first = null;
        Path last = null;
        for (int i = 0; i < ScenarioReports.KEPT + 5; i++) {
            last = reports.newReport(Path.of("ha.yaml"), start.plusMinutes(i));
            Files.writeString(last, "<html>" + i);
            if (first == null) {
                first = last;
            }
        }

        try (Stream<Path> kept = Files.list(home.resolve("reports"))) {
            assertThat(kept.count()).isEqualTo(ScenarioReports.KEPT);
        }
        assertThat(first.getParent()).doesNotExist();
        assertThat(last).hasContent("<html>" + (ScenarioReports.KEPT + 4));
    }
}
