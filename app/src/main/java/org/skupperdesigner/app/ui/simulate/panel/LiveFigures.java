package org.skupperdesigner.app.ui.simulate.panel;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.skupperdesigner.simulator.SimulationSnapshot;
import org.skupperdesigner.simulator.event.FlowView;
import org.skupperdesigner.simulator.metrics.WindowStats;

/**
 * The rolling chart data of every listener and connector of a running simulation, on the UI thread: listeners from
 * each snapshot's last-second window (the clients' view), connectors from ended flows ({@link ConnectorFigures}).
 * Sampled at most {@link #SAMPLES_PER_SECOND} times a second of simulation time, whatever the snapshot rate, so a
 * minute of history stays small and the charts cheap to redraw.
 */
public final class LiveFigures {

    public static final double WINDOW_SECONDS = 60;
    public static final int SAMPLES_PER_SECOND = 2;

    private final Map<FigureTarget, FigureHistory> histories = new HashMap<>();
    private final ConnectorFigures connectors = new ConnectorFigures();
    private double lastSampleAt = Double.NEGATIVE_INFINITY;

    /** Folds ended flows into the per-connector figures (every pulse). */
    public void onFlows(Collection<FlowView> flows) {
        for (FlowView f : flows) {
            if (f.closed() != null) {
                connectors.record(f);
            }
        }
    }

    /** Whether {@link #onSnapshot} would take a sample from this snapshot. */
    public boolean wantsSample(SimulationSnapshot snapshot) {
        return snapshot.elapsed().toNanos() / 1e9 - lastSampleAt >= 1.0 / SAMPLES_PER_SECOND;
    }

    /** As {@link #onSnapshot(SimulationSnapshot, Collection, Map)} with no failed answers known. */
    public boolean onSnapshot(SimulationSnapshot snapshot, Collection<String> connectorIds) {
        return onSnapshot(snapshot, connectorIds, Map.of());
    }

    /**
     * Takes a sample of every listener in the snapshot and of {@code connectorIds} at the snapshot's time, unless
     * the previous sample is less than 1/{@link #SAMPLES_PER_SECOND} s older. Returns whether it sampled.
     *
     * @param failedAnswers per connector, error answers (HTTP 500) its workload sent in the last second
     *                      ({@link AnsweredErrors})
     */
    public boolean onSnapshot(SimulationSnapshot snapshot, Collection<String> connectorIds,
                              Map<String, Long> failedAnswers) {
        if (!wantsSample(snapshot)) {
            return false;
        }
        double at = snapshot.elapsed().toNanos() / 1e9;
        lastSampleAt = at;
        for (SimulationSnapshot.ListenerState l : snapshot.listeners()) {
            history(FigureTarget.listener(l.address().listenerId())).add(listenerSample(at, l.recent()));
        }
        for (String id : connectorIds) {
            history(FigureTarget.connector(id)).add(connectors.sample(id, at, failedAnswers.getOrDefault(id, 0L)));
        }
        return true;
    }

    static FigureSample listenerSample(double at, WindowStats w) {
        double seconds = Math.max(1e-6, (w.toMicros() - w.fromMicros()) / 1e6);
        return new FigureSample(at, w.requestsPerSecond(), w.bytesPerSecond(), w.p50Millis(), w.p90Millis(),
                w.p99Millis(), w.errors() / seconds);
    }

    /** The history of one target (empty until its first sample). */
    public FigureHistory history(FigureTarget target) {
        return histories.computeIfAbsent(target, t -> new FigureHistory(WINDOW_SECONDS));
    }

    public ConnectorFigures connectors() {
        return connectors;
    }
}
