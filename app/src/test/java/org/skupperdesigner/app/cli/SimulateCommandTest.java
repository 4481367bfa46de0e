package org.skupperdesigner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.skupperdesigner.app.ui.TestWindows;

/** {@code skupper-designer simulate}: exit codes, listener map, expectations, reports. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class SimulateCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SkupperDesignerCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aDesignWithoutAScenarioPassesWhenEveryListenerCarriesTrafficAndWritesBothReports() throws Exception {
        int exit = run("simulate", TestWindows.examples().resolve("hello-world.skupper-design.yaml").toString(), "--duration",
                "1s", "--transport", "local", "--timers", "fast", "--quiet", "--report", temp.toString(),
                "--trace", "west/backend");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("west/backend:8080 -> 127.0.0.1:")
                .contains("Trace of one connection through west/backend:")
                .contains("LINK_HOP")
                .contains("PASS  listener west/backend errors < 1%")
                .contains("Scenario passed.");
        assertThat(temp.resolve("report.json")).content().contains("\"listeners\"");
        assertThat(temp.resolve("report.html")).content().contains("Chart.js v4.4.1");
    }

    @Test
    void aMultiKeyListenerCarriesTrafficAndWhatIsNotSimulatedIsSaid() throws Exception {
        int exit = run("simulate", TestWindows.examples().resolve("multi-key-failover.skupper-design.yaml").toString(),
                "--duration", "1s", "--transport", "local", "--timers", "fast", "--quiet");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("office/checkout:9443 -> 127.0.0.1:")
                .contains("PASS  listener office/checkout errors < 1%");

        Path design = temp.resolve("clash.skupper-design.yaml");
        // a Listener named like the multi-key listener: as Skupper does, the multi-key one becomes multiAddress/checkout
        Files.writeString(design, Files.readString(TestWindows.examples().resolve(
                "multi-key-failover.skupper-design.yaml")).replace("        kind: MultiKeyListener\n",
                "        kind: Listener\n        metadata:\n          name: checkout\n        spec:\n"
                        + "          routingKey: payments\n          host: checkout-direct\n          port: 8443\n"
                        + "      - apiVersion: skupper.io/v2alpha1\n        kind: MultiKeyListener\n"));
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        exit = run("simulate", design.toString(), "--duration", "1s", "--transport", "local", "--timers", "fast",
                "--quiet");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("not simulated");
        assertThat(out.toString()).contains("office/checkout:8443 -> 127.0.0.1:")
                .contains("office/multiAddress/checkout:9443 -> 127.0.0.1:");
    }

    @Test
    void aFailedExpectationExitsWithOne() throws Exception {
        Path scenario = temp.resolve("s.scenario.yaml");
        Files.writeString(scenario, """
                duration: 1s
                timers: fast
                expect:
                  - listener west/backend served-by west
                """);

        int exit = run("simulate", TestWindows.examples().resolve("hello-world.skupper-design.yaml").toString(), "--scenario",
                scenario.toString(), "--transport", "local", "--quiet");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL  listener west/backend served-by west").contains("Scenario FAILED.");
    }

    @Test
    void aScenarioThatIsNotThereIsNamedWithTheReason() throws Exception {
        Path missing = temp.resolve("nope.scenario.yaml");

        int exit = run("simulate", TestWindows.examples().resolve("hello-world.skupper-design.yaml").toString(),
                "--scenario", missing.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("error: cannot read the scenario: " + missing + ": no such file or folder");
    }

    @Test
    void badInputExitsWithTwoAndNamesTheLine() throws Exception {
        Path scenario = temp.resolve("bad.scenario.yaml");
        Files.writeString(scenario, """
                duration: 1s
                timeline:
                  - at: 1s
                    cut: link/nowhere
                """);

        int exit = run("simulate", TestWindows.examples().resolve("hello-world.skupper-design.yaml").toString(), "--scenario",
                scenario.toString(), "--transport", "local");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("bad.scenario.yaml:3").contains("no link nowhere in the design");
    }

    @Test
    void badOptionsExitWithTwo() {
        assertThat(run("simulate", "x.yaml", "--transport", "carrier-pigeon")).isEqualTo(2);
        assertThat(err.toString()).contains("--transport must be tcp or local");
        assertThat(run("simulate", TestWindows.examples().resolve("hello-world.skupper-design.yaml").toString(), "--duration",
                "forever")).isEqualTo(2);
        assertThat(run("simulate")).isEqualTo(2);
        assertThat(run("simulate", "no-such-design.yaml")).isEqualTo(2);
    }

    @Test
    void theScenarioCanNameItsDesign() {
        int exit = run("simulate", "--scenario", TestWindows.examples().resolve("scenarios/balancing.scenario.yaml").toString(),
                "--duration", "2s", "--transport", "local", "--timers", "fast", "--quiet");

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("served-by east >= 30%");
    }
}
