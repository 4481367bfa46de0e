package org.skupperdesigner.simulator.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.simulator.traffic.Protocol;
import org.skupperdesigner.simulator.traffic.TrafficSpec;
import org.skupperdesigner.simulator.workload.WorkloadSpec;
import org.skupperdesigner.simulator.workload.WorkloadType;

class SimulationSettingsParserTest {
    private final List<Diagnostic> problems = new ArrayList<>();

    private SimulationSettings parse(Map<String, Object> raw) {
        return SimulationSettingsParser.parse(raw, "simulation", p -> new SourceLocation("d.yaml", p.length(), 1),
                problems);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void readsWorkloadsTrafficAndDefaults() {
        SimulationSettings s = parse(map(
                "defaults", map("workload", map("type", "sink"), "traffic", map("rate", 5L)),
                "workloads", map("east/backend", map("type", "http-hello", "delay", "5ms", "failureRate", "2%",
                        "replicas", 3L), "db/pg", map("target", "10.0.0.5:5432")),
                "traffic", map("west/backend", map("rate", 50L, "concurrency", 4L, "requestSize", "1KiB",
                        "protocol", "http", "duration", "30s"))));

        assertThat(problems).isEmpty();
        assertThat(s.defaultWorkload().type()).isEqualTo(WorkloadType.SINK);
        assertThat(s.workloadFor("east/backend")).isEqualTo(new WorkloadSpec(WorkloadType.HTTP_HELLO, null, 0,
                Duration.ofMillis(5), 0.02, 3, 1024));
        assertThat(s.workloadFor("db/pg")).extracting(WorkloadSpec::type, WorkloadSpec::targetHost,
                WorkloadSpec::targetPort).containsExactly(WorkloadType.EXTERNAL, "10.0.0.5", 5432);
        assertThat(s.workloadFor("other/x").type()).isEqualTo(WorkloadType.SINK);
        TrafficSpec t = s.trafficFor("west/backend");
        assertThat(t).extracting(TrafficSpec::rate, TrafficSpec::concurrency, TrafficSpec::requestSize,
                TrafficSpec::protocol, TrafficSpec::duration)
                .containsExactly(50.0, 4, 1024L, Protocol.HTTP, Duration.ofSeconds(30));
        assertThat(s.trafficFor("other/x").rate()).isEqualTo(5.0);
    }

    @Test
    void badValuesAreErrorsNamingThePathAndFallBackToDefaults() {
        SimulationSettings s = parse(map("workloads", map(
                "east/backend", map("type", "tomcat", "delay", "5 parsecs", "failureRate", 2L, "replicas", 0L),
                "nosite", map()),
                "traffic", map("west/backend", map("protocol", "udp", "timeout", "0"))));

        assertThat(problems).allMatch(Diagnostic::isError).extracting(Diagnostic::message).containsExactly(
                "simulation.workloads.east/backend.type: 'tomcat' is not one of echo, http-hello, sink, source, "
                        + "external",
                "simulation.workloads.east/backend.delay: '5 parsecs' is not a duration; write a number with a unit "
                        + "such as 250ms, 10s or 2m",
                "simulation.workloads.east/backend.failureRate: '2' must be between 0 and 1 (0% and 100%)",
                "simulation.workloads.east/backend.replicas: must be between 1 and 64, was 0",
                "simulation.workloads.nosite: 'nosite' does not name a connector",
                "simulation.traffic.west/backend.protocol: 'udp' is not one of tcp, http",
                "simulation.traffic.west/backend.timeout must be more than 0");
        assertThat(s.workloadFor("east/backend")).isEqualTo(WorkloadSpec.DEFAULT);
        assertThat(problems.get(0).location().line()).isEqualTo("simulation.workloads.east/backend.type".length());
    }

    @Test
    void unknownKeysAreWarnings() {
        parse(map("workload", map(), "traffic", map("west/backend", map("rte", 5L))));

        assertThat(problems).noneMatch(Diagnostic::isError).extracting(Diagnostic::message).containsExactly(
                "unknown setting simulation.traffic.west/backend.rte", "unknown setting simulation.workload");
    }

    @Test
    void quantities() {
        assertThat(Quantities.duration("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Quantities.duration(0L)).isZero();
        assertThat(Quantities.bytes("64KiB")).isEqualTo(65536);
        assertThat(Quantities.bytes(100L)).isEqualTo(100);
        assertThat(Quantities.bytesPerSecond("10Mbit/s")).isEqualTo(10L * 1024 * 1024 / 8);
        assertThat(Quantities.bytesPerSecond("1MB/s")).isEqualTo(1024 * 1024);
        assertThat(Quantities.fraction("5%")).isEqualTo(0.05);
        assertThat(Quantities.format(Duration.ofMillis(2500))).isEqualTo("2.5s");
        assertThat(Quantities.format(Duration.ofMillis(250))).isEqualTo("250ms");
    }
}
