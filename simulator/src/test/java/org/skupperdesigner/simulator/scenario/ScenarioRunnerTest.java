package org.skupperdesigner.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.router.Transport;
import org.skupperdesigner.simulator.Simulation;
import org.skupperdesigner.simulator.SimulationException;
import org.skupperdesigner.simulator.SimulationOptions;
import org.skupperdesigner.simulator.report.SimulationReport;
import org.skupperdesigner.simulator.testing.TestNetworks;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ScenarioRunnerTest {
    private static final SimulationOptions LOCAL = SimulationOptions.fast().withTransport(Transport.LOCAL);

    private static Scenario scenario(String yaml) {
        ScenarioParser.Result result = new ScenarioParser().parse(Path.of("test.scenario.yaml"), yaml);
        assertThat(result.diagnostics()).isEmpty();
        return result.scenario();
    }

    /** The bundled failover scenario, four times quicker: cut the link to the nearer connector. */
    @Test
    void failoverToTheFartherConnectorWithErrorsOnlyInTheFailoverWindow() throws Exception {
        Network design = TestNetworks.example("ha-failover.skupper-design.yaml");
        Scenario scenario = scenario("""
                name: quick failover
                duration: 4s
                simulation:
                  workloads:
                    primary/payments: {type: http-hello}
                    backup/payments: {type: http-hello}
                  traffic:
                    frontend/payments: {rate: 100, concurrency: 2, protocol: http, timeout: 2s}
                timeline:
                  - at: 2s
                    cut: link/frontend-to-primary
                expect:
                  - listener frontend/payments served-by primary before 2s
                  - listener frontend/payments errors == 0 before 2s
                  - listener frontend/payments errors <= 4 between 2s and 2.5s
                  - listener frontend/payments errors == 0 after 2.5s
                  - listener frontend/payments served-by backup after 2.5s
                """);
        List<String> progress = new ArrayList<>();

        ScenarioResult result = new ScenarioRunner(LOCAL).run(design, scenario, new ScenarioRunner.Listener() {
            @Override
            public void progress(java.time.Duration at, java.time.Duration total, String line) {
                progress.add(line);
            }
        });

        assertThat(result.expectations()).allSatisfy(e -> assertThat(e.passed()).as(e.text() + " -> " + e.actual())
                .isTrue());
        assertThat(result.passed()).isTrue();
        assertThat(progress).isNotEmpty().last().asString().contains("link/frontend-to-primary cut");
        SimulationReport report = result.report();
        assertThat(report.timeline()).anyMatch(t -> t.kind().equals("fault") && t.t() >= 1.9 && t.t() < 2.2);
        assertThat(report.listeners().get(0).servedBy()).containsKeys("primary/payments", "backup/payments");
    }

    @Test
    void aFailedExpectationFailsTheScenarioAndSaysWhatWasMeasured() throws Exception {
        Scenario scenario = scenario("""
                duration: 1s
                expect:
                  - listener west/backend served-by west
                  - listener west/backend requests >= 1
                """);

        ScenarioResult result = new ScenarioRunner(LOCAL).run(TestNetworks.example("hello-world.skupper-design.yaml"),
                scenario, new ScenarioRunner.Listener() { });

        assertThat(result.passed()).isFalse();
        assertThat(result.expectations().get(0).passed()).isFalse();
        assertThat(result.expectations().get(0).actual()).startsWith("0.0% (0 of").contains("east/backend 100.0%");
        assertThat(result.expectations().get(1).passed()).isTrue();
    }

    @Test
    void designEditsAndSiteStopsInTheTimelineAreApplied() throws Exception {
        Scenario scenario = scenario("""
                duration: 2s
                timeline:
                  - at: 500ms
                    stop: site/east
                  - at: 1s
                    start: site/east
                  - at: 1500ms
                    set-cost: link/east-to-west
                    cost: 3
                """);
        List<String> seen = new ArrayList<>();

        ScenarioResult result = new ScenarioRunner(LOCAL).run(TestNetworks.example("hello-world.skupper-design.yaml"),
                scenario, new ScenarioRunner.Listener() {
                    @Override
                    public void ready(Simulation simulation) {
                        seen.add(simulation.listenerAddresses().get(0).describe());
                    }
                });

        assertThat(result.stepErrors()).isEmpty();
        assertThat(seen).singleElement().asString().startsWith("west/backend:8080 -> 127.0.0.1:");
        assertThat(result.report().timeline()).extracting(SimulationReport.TimelineEntry::text)
                .contains("site/east stopped", "design change: re-created link east-to-west (cost 3, was 1)");
        assertThat(result.report().passed()).as("no expectations, no verdict").isNull();
    }

    @Test
    void unknownNamesAreBadInputBeforeAnythingStarts() {
        Scenario scenario = scenario("""
                timeline:
                  - at: 1s
                    cut: link/nowhere
                expect:
                  - listener west/nothing errors == 0
                """);

        assertThatThrownBy(() -> new ScenarioRunner(LOCAL).run(TestNetworks.example("hello-world.skupper-design.yaml"),
                scenario, new ScenarioRunner.Listener() { }))
                .isInstanceOf(SimulationException.class)
                .satisfies(e -> assertThat(((SimulationException) e).diagnostics()).extracting(d -> d.message())
                        .containsExactly("no link nowhere in the design (there are: east-to-west)",
                                "no listener west/nothing in the design (there are: west/backend)"));
    }

    @Test
    void aSmokeTestExpectsEveryReachableListenerToWork() throws Exception {
        ScenarioResult result = new ScenarioRunner(LOCAL).run(TestNetworks.example("hub-and-spoke.skupper-design.yaml"),
                Scenario.smokeTest("hub", java.time.Duration.ofSeconds(1)), new ScenarioRunner.Listener() { });

        assertThat(result.expectations()).extracting(ExpectationResult::text).containsExactly(
                "listener hub/inventory errors < 1%", "listener spoke/database errors < 1%",
                "listener store/database errors < 1%");
        assertThat(result.passed()).as(result.expectations().toString()).isTrue();
    }
}
