package org.skupperdesigner.simulator.scenario;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.skupperdesigner.simulator.SimulationSnapshot;
import org.skupperdesigner.simulator.controller.NetworkPlan;
import org.skupperdesigner.simulator.fault.FaultInjector;
import org.skupperdesigner.simulator.metrics.WindowStats;

/** Short texts for progress lines. */
public final class ScenarioText {
    private ScenarioText() {
    }

    public static String seconds(Duration d) {
        return String.format("%.1fs", d.toNanos() / 1e9);
    }

    /** e.g. {@code frontend/payments 50.0/s err 0.0% p99 3.1ms by backup 100% | link/x cut}. */
    public static String progress(SimulationSnapshot snapshot, FaultInjector faults, NetworkPlan plan) {
        StringBuilder sb = new StringBuilder();
        for (SimulationSnapshot.ListenerState l : snapshot.listeners()) {
            if (!l.traffic() && l.recent().requests() == 0) {
                continue;
            }
            WindowStats w = l.recent();
            if (!sb.isEmpty()) {
                sb.append("  ");
            }
            sb.append(l.address().listenerId()).append(' ')
                    .append(String.format("%.0f/s err %s p99 %.1fms", w.requestsPerSecond(),
                            ExpectationEvaluator.percent(w.errorRate()), w.p99Millis()));
            long served = w.served();
            if (served > 0) {
                sb.append(" by ").append(w.servedBy().entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(2)
                        .map(e -> site(e.getKey()) + " " + Math.round(100.0 * e.getValue() / served) + "%")
                        .collect(Collectors.joining(" ")));
            }
        }
        String faulty = faults.linkStates(plan.links().stream().map(NetworkPlan.LinkPlan::linkId).toList())
                .entrySet().stream().filter(e -> !e.getValue().equals("up"))
                .map(e -> "link/" + e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        String stopped = snapshot.sites().stream().filter(s -> !s.running()).map(s -> "site/" + s.siteId()
                + " stopped").collect(Collectors.joining(", "));
        for (String extra : new String[] {faulty, stopped}) {
            if (!extra.isEmpty()) {
                sb.append(" | ").append(extra);
            }
        }
        return sb.toString();
    }

    private static String site(String label) {
        int slash = label.indexOf('/');
        return slash < 0 ? label : label.substring(0, slash);
    }
}
