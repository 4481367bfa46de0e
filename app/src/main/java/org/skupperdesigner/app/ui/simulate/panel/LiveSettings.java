package org.skupperdesigner.app.ui.simulate.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.simulator.Simulation;
import org.skupperdesigner.simulator.controller.NetworkPlan;
import org.skupperdesigner.simulator.settings.SimulationSettings;
import org.skupperdesigner.simulator.settings.SimulationSettingsParser;
import org.skupperdesigner.simulator.traffic.TrafficGenerator;
import org.skupperdesigner.simulator.traffic.TrafficSpec;
import org.skupperdesigner.simulator.workload.WorkloadSpec;
import org.skupperdesigner.simulator.settings.SimulationSettingsWriter;

/**
 * The simulation-only settings the panel edits: read from and written to a design's {@code simulation} section, and
 * applied to a running simulation. No JavaFX here; the apply methods block briefly and run on the session's control
 * thread.
 */
public final class LiveSettings {

    private LiveSettings() {
    }

    /** The design's settings; a section with errors falls back to defaults where it is wrong (the parser's rule). */
    public static SimulationSettings of(Network network) {
        return SimulationSettingsParser.parse(network.simulation(), "simulation", null, new ArrayList<>());
    }

    public static Map<String, Object> withTraffic(Network network, String listenerId, TrafficSpec spec) {
        return SimulationSettingsWriter.withTraffic(network.simulation(), listenerId, spec);
    }

    public static Map<String, Object> withWorkload(Network network, String connectorId, WorkloadSpec spec) {
        return SimulationSettingsWriter.withWorkload(network.simulation(), connectorId, spec);
    }

    /** Problems of a section as it would be saved (empty when it reads cleanly). */
    public static List<Diagnostic> problems(Map<String, Object> section) {
        List<Diagnostic> problems = new ArrayList<>();
        SimulationSettingsParser.parse(section, "simulation", null, problems);
        return problems;
    }

    /** Replaces a listener's generator when one is sending with another spec; returns whether it did. */
    public static boolean retuneTraffic(Simulation sim, String listenerId, TrafficSpec spec) {
        TrafficGenerator running = sim.traffic().generators().get(listenerId);
        if (running == null || running.isFinished() || running.spec().equals(spec)) {
            return false;
        }
        sim.traffic().start(listenerId, spec);
        return true;
    }

    /**
     * Applies an edited design's settings to the running simulation: the connector whose workload changed is
     * restarted with its new workload (the reconciler touches nothing else), then every generator sending to its
     * routing key is restarted with the same traffic, since what a client can check in an answer (byte-exact echo,
     * HTTP) depends on the workloads behind the key. Returns the changes made.
     */
    public static List<String> applyWorkload(Simulation sim, Network edited, String connectorId) {
        List<String> changes = new ArrayList<>(sim.apply(edited));
        if (changes.isEmpty()) {
            return changes; // the workload was already so: leave the running traffic alone
        }
        String key = sim.plan().connector(connectorId).map(NetworkPlan.ConnectorPlan::routingKey).orElse(null);
        for (Map.Entry<String, TrafficGenerator> g : sim.traffic().generators().entrySet()) {
            boolean sameKey = sim.plan().listener(g.getKey()).map(l -> l.routingKey().equals(key)).orElse(false);
            if (sameKey && !g.getValue().isFinished()) {
                sim.traffic().start(g.getKey(), g.getValue().spec());
                changes.add("restarted traffic to " + g.getKey());
            }
        }
        return changes;
    }
}
