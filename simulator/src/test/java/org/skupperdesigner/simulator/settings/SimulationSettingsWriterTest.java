package org.skupperdesigner.simulator.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.simulator.traffic.Protocol;
import org.skupperdesigner.simulator.traffic.TrafficSpec;
import org.skupperdesigner.simulator.workload.WorkloadSpec;
import org.skupperdesigner.simulator.workload.WorkloadType;

class SimulationSettingsWriterTest {
    private final List<Diagnostic> problems = new ArrayList<>();

    private SimulationSettings parse(Map<String, Object> raw) {
        return SimulationSettingsParser.parse(raw, "simulation", null, problems);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void writtenTrafficReadsBackExactlyAndIsWrittenAsPeopleWriteIt() {
        TrafficSpec spec = TrafficSpec.DEFAULT.withRate(12.5).withConcurrency(7).withSizes(64 * 1024, 3000)
                .withProtocol(Protocol.HTTP).withDuration(Duration.ofSeconds(90));

        Map<String, Object> section = SimulationSettingsWriter.withTraffic(Map.of(), "west/backend", spec);

        assertThat(parse(section).trafficFor("west/backend")).isEqualTo(spec);
        assertThat(problems).isEmpty();
        assertThat(section).isEqualTo(map("traffic", map("west/backend", map("rate", 12.5, "concurrency", 7L,
                "requestSize", "64KiB", "responseSize", 3000L, "protocol", "http", "duration", "90s"))));
    }

    @Test
    void writtenWorkloadsReadBackExactlyForBuiltInAndExternalTypes() {
        WorkloadSpec failing = WorkloadSpec.DEFAULT.withType(WorkloadType.HTTP_HELLO)
                .withDelay(Duration.ofMillis(250)).withFailureRate(0.125).withReplicas(3);
        WorkloadSpec external = new WorkloadSpec(WorkloadType.EXTERNAL, "10.0.0.5", 5432, Duration.ZERO, 0, 1, 1024);

        Map<String, Object> section = SimulationSettingsWriter.withWorkload(Map.of(), "east/backend", failing);
        section = SimulationSettingsWriter.withWorkload(section, "db/pg", external);

        SimulationSettings read = parse(section);
        assertThat(problems).isEmpty();
        assertThat(read.workloadFor("east/backend")).isEqualTo(failing);
        assertThat(read.workloadFor("db/pg")).isEqualTo(external);
        assertThat(section.get("workloads")).isEqualTo(map(
                "east/backend", map("type", "http-hello", "delay", "250ms", "failureRate", "12.5%", "replicas", 3L),
                "db/pg", map("target", "10.0.0.5:5432", "delay", "0", "failureRate", 0L)));
    }

    @Test
    void keepsOtherEntriesTheirOrderAndTheDefaultsAndWritesRelativeToTheDefaults() {
        Map<String, Object> before = map(
                "defaults", map("traffic", map("timeout", "2s", "duration", "30s"), "workload", map("replicas", 2L)),
                "workloads", map("a/one", map("type", "sink"), "b/two", map("type", "source")),
                "traffic", map("a/l", map("rate", 5L)));

        TrafficSpec spec = parse(before).trafficFor("a/l").withRate(40);
        Map<String, Object> after = SimulationSettingsWriter.withTraffic(before, "a/l", spec);
        after = SimulationSettingsWriter.withWorkload(after, "a/one",
                parse(before).workloadFor("a/one").withFailureRate(1));

        assertThat(after.keySet()).containsExactly("defaults", "workloads", "traffic");
        assertThat(after.get("defaults")).isEqualTo(before.get("defaults"));
        @SuppressWarnings("unchecked")
        Map<String, Object> workloads = (Map<String, Object>) after.get("workloads");
        assertThat(workloads.keySet()).containsExactly("a/one", "b/two");
        assertThat(workloads.get("b/two")).isEqualTo(map("type", "source"));
        SimulationSettings read = parse(after);
        assertThat(problems).isEmpty();
        assertThat(read.trafficFor("a/l")).isEqualTo(spec);
        assertThat(read.trafficFor("a/l").timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(read.workloadFor("a/one").failureRate()).isEqualTo(1.0);
        assertThat(read.workloadFor("a/one").replicas()).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> traffic = (Map<String, Object>) ((Map<String, Object>) after.get("traffic")).get("a/l");
        assertThat(traffic).doesNotContainKeys("timeout", "duration");
        assertThat(before.get("traffic")).isEqualTo(map("a/l", map("rate", 5L)));
    }
}
