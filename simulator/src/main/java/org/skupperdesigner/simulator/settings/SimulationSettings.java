package org.skupperdesigner.simulator.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.skupperdesigner.simulator.traffic.TrafficSpec;
import org.skupperdesigner.simulator.workload.WorkloadSpec;

/**
 * The simulation-only part of a design ({@code Network.simulation()}), typed. Never exported as Skupper YAML.
 *
 * <pre>
 * simulation:
 *   defaults:
 *     workload: {type: echo}
 *     traffic: {rate: 20, concurrency: 4}
 *   workloads:                     # by connector: &lt;site id&gt;/&lt;connector name&gt;
 *     east/backend: {type: http-hello, delay: 5ms, failureRate: 0.01, replicas: 2}
 *     db/postgres: {target: 127.0.0.1:5432}       # a real server
 *   traffic:                       # by listener: &lt;site id&gt;/&lt;listener name&gt;
 *     west/backend: {rate: 50, concurrency: 4, requestSize: 1KiB, responseSize: 1KiB, protocol: http}
 * </pre>
 *
 * @param defaultWorkload workload of connectors not named under {@code workloads}
 * @param defaultTraffic  traffic of listeners that get traffic without being named under {@code traffic}
 * @param workloads       per connector id ({@code site/name})
 * @param traffic         per listener id ({@code site/name}); listeners named here get traffic
 */
public record SimulationSettings(WorkloadSpec defaultWorkload, TrafficSpec defaultTraffic,
                                 Map<String, WorkloadSpec> workloads, Map<String, TrafficSpec> traffic) {

    public static final SimulationSettings DEFAULTS = new SimulationSettings(WorkloadSpec.DEFAULT, TrafficSpec.DEFAULT,
            Map.of(), Map.of());

    public SimulationSettings {
        Objects.requireNonNull(defaultWorkload, "defaultWorkload");
        Objects.requireNonNull(defaultTraffic, "defaultTraffic");
        workloads = Map.copyOf(workloads);
        traffic = Map.copyOf(traffic);
    }

    public WorkloadSpec workloadFor(String connectorId) {
        return workloads.getOrDefault(connectorId, defaultWorkload);
    }

    public TrafficSpec trafficFor(String listenerId) {
        return traffic.getOrDefault(listenerId, defaultTraffic);
    }

    /** These settings with {@code overlay}'s entries added or replacing ours (a scenario over a design). */
    public SimulationSettings overlaidWith(SimulationSettings overlay, boolean overlayHasDefaults) {
        Map<String, WorkloadSpec> w = new LinkedHashMap<>(workloads);
        w.putAll(overlay.workloads());
        Map<String, TrafficSpec> t = new LinkedHashMap<>(traffic);
        t.putAll(overlay.traffic());
        return new SimulationSettings(overlayHasDefaults ? overlay.defaultWorkload() : defaultWorkload,
                overlayHasDefaults ? overlay.defaultTraffic() : defaultTraffic, w, t);
    }

    public SimulationSettings withTraffic(Map<String, TrafficSpec> newTraffic) {
        return new SimulationSettings(defaultWorkload, defaultTraffic, workloads, newTraffic);
    }

    public SimulationSettings withWorkload(String connectorId, WorkloadSpec spec) {
        Map<String, WorkloadSpec> w = new LinkedHashMap<>(workloads);
        w.put(connectorId, spec);
        return new SimulationSettings(defaultWorkload, defaultTraffic, w, traffic);
    }
}
