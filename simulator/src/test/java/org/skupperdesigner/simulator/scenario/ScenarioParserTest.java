package org.skupperdesigner.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.simulator.fault.LinkShape;

class ScenarioParserTest {
    private static final Path FILE = Path.of("/tmp/scenarios/s.scenario.yaml");

    private static ScenarioParser.Result parse(String text) {
        return new ScenarioParser().parse(FILE, text);
    }

    @Test
    void readsATimelineInTimeOrderWithEveryKindOfAction() {
        ScenarioParser.Result result = parse("""
                name: everything
                design: ../d.skupper-design.yaml
                duration: 20s
                timers: fast
                timeline:
                  - at: 12s
                    restore: link/a-to-b
                  - at: 2s
                    cut: link/a-to-b
                  - at: 3s
                    blackhole: c-to-d
                  - at: 4s
                    shape: link/a-to-b
                    latency: 50ms
                    bandwidth: 1MB/s
                    loss: 1%
                  - at: 5s
                    stop: site/east
                  - at: 6s
                    start: workload/east/backend
                  - at: 7s
                    traffic: {west/backend: {rate: 100}}
                  - at: 8s
                    remove: east/Connector/backend
                  - at: 9s
                    set-cost: link/a-to-b
                    cost: 7
                  - at: 10s
                    note: halfway
                expect:
                  - listener west/backend errors < 1% after 15s
                  - listener: west/backend
                    between: 2s and 9s
                    p99: "< 50ms"
                    served-by: east
                """);

        assertThat(result.diagnostics()).isEmpty();
        Scenario s = result.scenario();
        assertThat(s.design()).isEqualTo(Path.of("/tmp/d.skupper-design.yaml"));
        assertThat(s.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.timers()).isEqualTo("fast");
        assertThat(s.steps()).extracting(step -> step.action().describe()).containsExactly(
                "cut link/a-to-b", "black-hole link/c-to-d",
                "shape link/a-to-b: " + new LinkShape(Duration.ofMillis(50), 1024 * 1024, 0.01).describe(),
                "stop site/east", "start workload/east/backend", "traffic to west/backend",
                "remove east/Connector/backend", "set cost of link/a-to-b to 7", "halfway", "restore link/a-to-b");
        assertThat(s.expectations()).extracting(Expectation::text).containsExactly(
                "listener west/backend errors < 1% after 15s",
                "listener west/backend p99 < 50ms between 2s and 9s",
                "listener west/backend served-by east between 2s and 9s");
        assertThat(s.expectations().get(1).location().line()).as("the p99 line").isEqualTo(34);
    }

    @Test
    void everyMistakeIsReportedWithItsLine() {
        ScenarioParser.Result result = parse("""
                duration: soon
                timeline:
                  - at: 2s
                  - at: 3s
                    cut: link/a
                    stop: site/b
                  - at: 4s
                    stop: east
                expect:
                  - listener west/backend errors < lots
                  - colour: blue
                """);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).extracting(d -> d.location().line() + ": " + d.message()).containsExactly(
                "1: duration: 'soon' is not a duration; write a number with a unit such as 250ms, 10s or 2m",
                "3: timeline[0] has no action",
                "4: timeline[1] has 2 actions (cut, stop)",
                "8: timeline[2].stop: 'east' is neither site/<site id> nor workload/<site id>/<connector name>",
                "10: 'lots' in 'listener west/backend errors < lots' is not a number",
                "11: expect[1] names no listener");
        assertThat(result.diagnostics()).allMatch(Diagnostic::isError);
    }

    @Test
    void unknownKeysAreWarningsThatListTheKnownOnes() {
        ScenarioParser.Result result = parse("""
                duratoin: 10s
                expect: [listener a/b errors == 0]
                """);

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("unknown setting duratoin");
            assertThat(d.hint()).contains("duration");
        });
    }

    @Test
    void somethingThatIsNotAMapIsNotAScenario() {
        assertThat(parse("- just\n- a list\n").scenario()).isNull();
    }
}
