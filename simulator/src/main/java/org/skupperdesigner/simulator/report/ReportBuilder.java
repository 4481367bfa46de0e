package org.skupperdesigner.simulator.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.simulator.ListenerAddress;
import org.skupperdesigner.simulator.Simulation;
import org.skupperdesigner.simulator.controller.NetworkPlan;
import org.skupperdesigner.simulator.event.SimulationEvent;
import org.skupperdesigner.simulator.metrics.ListenerMetrics;
import org.skupperdesigner.simulator.metrics.WindowStats;
import org.skupperdesigner.simulator.scenario.ExpectationResult;
import org.skupperdesigner.simulator.traffic.TrafficControl;
import org.skupperdesigner.simulator.traffic.TrafficGenerator;

/** Collects a finished run's data from a simulation (before it is closed) into a {@link SimulationReport}. */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    /**
     * @param originMicros when the timeline started (simulation time)
     * @param endMicros    when the run ended
     */
    public static SimulationReport build(Simulation sim, String name, String design, Instant startedAt,
                                         long originMicros, long endMicros, Boolean passed,
                                         List<ExpectationResult> expectations, List<String> stepErrors) {
        long span = Math.max(1, endMicros - originMicros);
        long bucket = bucketMicros(span);
        NetworkPlan plan = sim.plan();
        Map<String, TrafficGenerator> generators = sim.traffic().generators();
        List<SimulationReport.ListenerEntry> listeners = new ArrayList<>();
        for (ListenerAddress address : sim.listenerAddresses()) {
            ListenerMetrics m = sim.listenerMetrics(address.listenerId());
            WindowStats total = m.window(originMicros, endMicros + 60_000_000L);
            List<WindowStats> buckets = m.series(originMicros, originMicros + ((span + bucket - 1) / bucket) * bucket,
                    bucket);
            List<SimulationReport.Point> points = new ArrayList<>();
            Map<String, List<Long>> servedSeries = new LinkedHashMap<>();
            total.servedBy().keySet().stream().sorted().forEach(label -> servedSeries.put(label, new ArrayList<>()));
            for (int i = 0; i < buckets.size(); i++) {
                WindowStats w = buckets.get(i);
                double seconds = bucket / 1e6;
                points.add(new SimulationReport.Point(round((i + 1) * seconds), round(w.requestsPerSecond()),
                        round(w.errors() / seconds), round(w.p50Millis()), round(w.p99Millis()), w.requests(),
                        w.errors()));
                for (Map.Entry<String, List<Long>> e : servedSeries.entrySet()) {
                    e.getValue().add(w.servedBy().getOrDefault(e.getKey(), 0L));
                }
            }
            TrafficGenerator g = generators.get(address.listenerId());
            listeners.add(new SimulationReport.ListenerEntry(address.listenerId(), address.routingKey(),
                    address.describe(), g == null ? "" : TrafficControl.describe(g.spec()), summary(total),
                    total.servedBy(), points, servedSeries));
        }
        List<SimulationReport.SiteEntry> sites = plan.sites().stream().map(s -> new SimulationReport.SiteEntry(
                s.siteId(), s.mode().name().toLowerCase(),
                s.listeners().stream().map(l -> l.name() + " (" + l.routingKey() + ")").toList(),
                s.connectors().stream().map(c -> c.name() + " (" + c.routingKey() + ", " + c.workload().type().id()
                        + (c.workload().replicas() > 1 ? " x" + c.workload().replicas() : "") + ")").toList()))
                .toList();
        List<SimulationReport.LinkEntry> links = plan.links().stream().map(l -> new SimulationReport.LinkEntry(
                l.linkId(), l.fromSite(), l.toSite(), l.cost(), l.role().name().toLowerCase().replace('_', '-')))
                .toList();
        List<SimulationReport.TimelineEntry> timeline = new ArrayList<>();
        for (SimulationEvent e : sim.timeline()) {
            String kind = kind(e);
            if (kind != null) {
                double t = (e.at().toNanos() / 1000 - originMicros) / 1e6;
                timeline.add(new SimulationReport.TimelineEntry(round(t), kind, e.describe()));
            }
        }
        timeline.sort(java.util.Comparator.comparingDouble(SimulationReport.TimelineEntry::t));
        List<String> diagnostics = sim.diagnostics().stream().map(Diagnostic::format).toList();
        return new SimulationReport(name, design, sim.options().tls() ? sim.options().transport().name()
                .toLowerCase() + " (mutual TLS)" : sim.options().transport().name().toLowerCase(),
                startedAt.toString(), round(span / 1e6), passed, expectations, stepErrors, diagnostics, sites, links,
                listeners, bucket / 1e6, timeline);
    }

    private static SimulationReport.Summary summary(WindowStats w) {
        Map<String, Long> kinds = new LinkedHashMap<>();
        w.errorsByKind().forEach((k, v) -> kinds.put(k.name().toLowerCase(), v));
        return new SimulationReport.Summary(w.requests(), w.errors(), round(w.errorRate()), kinds, round(w.p50Millis()),
                round(w.p90Millis()), round(w.p99Millis()), round(w.maxMillis()), round(w.meanMillis()),
                round(w.requestsPerSecond()), round(w.bytesPerSecond()));
    }

    /** 250 ms buckets for short runs, growing so a run has at most about 120 points. */
    static long bucketMicros(long spanMicros) {
        long bucket = 250_000;
        while (spanMicros / bucket > 120) {
            bucket *= 2;
        }
        return bucket;
    }

    private static String kind(SimulationEvent e) {
        if (e instanceof SimulationEvent.FaultChanged f) {
            return f.active() ? "fault" : "restore";
        }
        if (e instanceof SimulationEvent.LinkChanged) {
            return "link";
        }
        if (e instanceof SimulationEvent.ListenerChanged) {
            return "listener";
        }
        if (e instanceof SimulationEvent.SiteChanged) {
            return "site";
        }
        if (e instanceof SimulationEvent.DesignApplied) {
            return "design";
        }
        if (e instanceof SimulationEvent.Note) {
            return "note";
        }
        return null; // routes change too often to list
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
