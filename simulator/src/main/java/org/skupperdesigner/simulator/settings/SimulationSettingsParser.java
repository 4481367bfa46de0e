package org.skupperdesigner.simulator.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.simulator.traffic.TrafficSpec;
import org.skupperdesigner.simulator.workload.WorkloadSpec;

/**
 * Parses the {@code simulation} map of a design (or the same keys in a scenario) into
 * {@link SimulationSettings}. Never throws: problems are diagnostics and bad values fall back to defaults.
 */
public final class SimulationSettingsParser {
    private static final Set<String> TOP_KEYS = Set.of("defaults", "workloads", "traffic");
    private static final Set<String> DEFAULT_KEYS = Set.of("workload", "traffic");

    private SimulationSettingsParser() {
    }

    /**
     * @param raw      the map (may be empty)
     * @param path     its path for messages, e.g. {@code simulation}
     * @param locator  path to file position, or null when unknown
     * @param problems where diagnostics go
     */
    public static SimulationSettings parse(Map<String, Object> raw, String path,
                                           Function<String, SourceLocation> locator, List<Diagnostic> problems) {
        return parse(raw, path, locator, problems, SimulationSettings.DEFAULTS, TOP_KEYS);
    }

    /** As {@link #parse}, reading only {@code keys} of {@code raw} and starting from {@code base}'s defaults. */
    public static SimulationSettings parse(Map<String, Object> raw, String path,
                                           Function<String, SourceLocation> locator, List<Diagnostic> problems,
                                           SimulationSettings base, Set<String> keys) {
        SettingsReader root = new SettingsReader(path, raw, locator, problems);
        WorkloadSpec defaultWorkload = base.defaultWorkload();
        TrafficSpec defaultTraffic = base.defaultTraffic();
        SettingsReader defaults = SettingsReader.of(root.child("defaults"), root.raw("defaults"), locator, problems);
        if (defaults != null) {
            SettingsReader w = SettingsReader.of(defaults.child("workload"), defaults.raw("workload"), locator,
                    problems);
            if (w != null) {
                defaultWorkload = WorkloadSpec.read(w, defaultWorkload);
            }
            SettingsReader t = SettingsReader.of(defaults.child("traffic"), defaults.raw("traffic"), locator,
                    problems);
            if (t != null) {
                defaultTraffic = TrafficSpec.read(t, defaultTraffic);
            }
            defaults.warnUnknown(DEFAULT_KEYS);
        }
        Map<String, WorkloadSpec> workloads = new LinkedHashMap<>();
        WorkloadSpec workloadBase = defaultWorkload;
        entries(root, "workloads", (id, reader) -> workloads.put(id, WorkloadSpec.read(reader, workloadBase)));
        Map<String, TrafficSpec> traffic = new LinkedHashMap<>();
        TrafficSpec trafficBase = defaultTraffic;
        entries(root, "traffic", (id, reader) -> traffic.put(id, TrafficSpec.read(reader, trafficBase)));
        root.warnUnknown(keys);
        return new SimulationSettings(defaultWorkload, defaultTraffic, workloads, traffic);
    }

    private interface Entry {
        void accept(String id, SettingsReader reader);
    }

    private static void entries(SettingsReader root, String key, Entry entry) {
        SettingsReader section = SettingsReader.of(root.child(key), root.raw(key), root.locator(), root.problems());
        if (section == null) {
            return;
        }
        for (Map.Entry<String, Object> e : section.values().entrySet()) {
            String id = e.getKey();
            if (id.indexOf('/') <= 0 || id.endsWith("/")) {
                section.error(id, section.child(id) + ": '" + id + "' does not name a "
                                + ("workloads".equals(key) ? "connector" : "listener"),
                        "write <site id>/<" + ("workloads".equals(key) ? "connector" : "listener") + " name>");
                continue;
            }
            SettingsReader reader = SettingsReader.of(section.child(id), e.getValue() == null ? Map.of()
                    : e.getValue(), root.locator(), root.problems());
            if (reader != null) {
                entry.accept(id, reader);
            }
        }
    }
}
