package org.skupperdesigner.simulator.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.skupperdesigner.simulator.traffic.TrafficSpec;
import org.skupperdesigner.simulator.workload.WorkloadSpec;
import org.skupperdesigner.simulator.workload.WorkloadType;

/**
 * Writes one listener's traffic or one connector's workload back into the raw {@code simulation} map of a design,
 * the inverse of {@link SimulationSettingsParser}: reading the result gives exactly the spec written. Other entries
 * and their order are kept. Values are written the way people write them ({@code 64KiB}, {@code 250ms}, {@code 5%});
 * fields a user rarely sets (start, duration, timeout, replicas, response size) appear only when they differ from the
 * section's defaults.
 */
public final class SimulationSettingsWriter {
    private SimulationSettingsWriter() {
    }

    /** {@code section} with {@code simulation.traffic.<listenerId>} set to {@code spec}. */
    public static Map<String, Object> withTraffic(Map<String, Object> section, String listenerId, TrafficSpec spec) {
        Objects.requireNonNull(spec, "spec");
        TrafficSpec base = defaults(section).defaultTraffic();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("rate", number(spec.rate()));
        entry.put("concurrency", (long) spec.concurrency());
        entry.put("requestSize", size(spec.requestSize()));
        entry.put("responseSize", size(spec.responseSize()));
        entry.put("protocol", spec.protocol().id());
        if (!spec.start().equals(base.start())) {
            entry.put("start", duration(spec.start()));
        }
        if (!Objects.equals(spec.duration(), base.duration())) {
            // the parser cannot express "no duration" over a default that has one: keep the default then
            if (spec.duration() != null) {
                entry.put("duration", duration(spec.duration()));
            }
        }
        if (!spec.timeout().equals(base.timeout())) {
            entry.put("timeout", duration(spec.timeout()));
        }
        return withEntry(section, "traffic", listenerId, entry);
    }

    /** {@code section} with {@code simulation.workloads.<connectorId>} set to {@code spec}. */
    public static Map<String, Object> withWorkload(Map<String, Object> section, String connectorId,
                                                   WorkloadSpec spec) {
        Objects.requireNonNull(spec, "spec");
        WorkloadSpec base = defaults(section).defaultWorkload();
        Map<String, Object> entry = new LinkedHashMap<>();
        if (spec.type() == WorkloadType.EXTERNAL) {
            entry.put("target", spec.targetHost() + ":" + spec.targetPort());
        } else {
            entry.put("type", spec.type().id());
        }
        entry.put("delay", duration(spec.delay()));
        entry.put("failureRate", percent(spec.failureRate()));
        if (spec.replicas() != base.replicas()) {
            entry.put("replicas", (long) spec.replicas());
        }
        if (spec.responseSize() != base.responseSize()) {
            entry.put("responseSize", size(spec.responseSize()));
        }
        return withEntry(section, "workloads", connectorId, entry);
    }

    /** {@code 64KiB}, {@code 1MiB} when exact, else the plain number of bytes. */
    public static Object size(long bytes) {
        if (bytes > 0 && bytes % (1024L * 1024) == 0) {
            return (bytes / (1024L * 1024)) + "MiB";
        }
        if (bytes > 0 && bytes % 1024 == 0) {
            return (bytes / 1024) + "KiB";
        }
        return bytes;
    }

    private static Object number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }

    /** {@code 5%}; the parser reads it back exactly for any fraction with at most a few decimals. */
    private static Object percent(double fraction) {
        if (fraction == 0) {
            return 0L;
        }
        double pct = fraction * 100;
        double rounded = Math.round(pct * 1e6) / 1e6;
        return rounded / 100 == fraction ? trim(rounded) + "%" : (Object) fraction;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static SimulationSettings defaults(Map<String, Object> section) {
        // only the defaults matter here; problems elsewhere in the section are the parser's to report
        return SimulationSettingsParser.parse(section == null ? Map.of() : section, "simulation", null,
                new ArrayList<>());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withEntry(Map<String, Object> section, String key, String id,
                                                 Map<String, Object> entry) {
        Map<String, Object> result = new LinkedHashMap<>(section == null ? Map.of() : section);
        Object existing = result.get(key);
        Map<String, Object> entries = existing instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        entries.put(id, entry);
        result.put(key, entries);
        return result;
    }

    private static String duration(Duration d) {
        return d.isZero() ? "0" : Quantities.format(d);
    }
}
