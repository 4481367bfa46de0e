package org.skupperdesigner.simulator.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.skupperdesigner.simulator.event.SimulationEvent;

/** Metrics of every listener of a simulation; fed by traffic generators and by flow events. */
public final class MetricsRegistry {
    private final Map<String, ListenerMetrics> listeners = new ConcurrentHashMap<>();

    public ListenerMetrics listener(String listenerId) {
        return listeners.computeIfAbsent(listenerId, ListenerMetrics::new);
    }

    public Map<String, ListenerMetrics> all() {
        return new LinkedHashMap<>(listeners);
    }

    /** Event-bus listener: records which replica served each finished connection. */
    public void onEvent(SimulationEvent event) {
        if (event instanceof SimulationEvent.FlowEnded ended && ended.flow().closed() != null) {
            listener(ended.flow().listenerId()).flowEnded(ended.flow().closed().toNanos() / 1000,
                    ended.flow().servedBy(), ended.flow().outcome());
        }
    }
}
