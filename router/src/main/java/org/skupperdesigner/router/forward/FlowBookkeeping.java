package org.skupperdesigner.router.forward;

import java.time.Instant;
import java.util.List;
import org.skupperdesigner.router.observe.TrafficCounters;

/** Per-flow state a router keeps beside the {@code Flow}: balancing slot, counters, ingress record data. */
final class FlowBookkeeping {
    final FlowRole role;
    final ListenerService listener;
    final Instant opened;
    InFlightSlot slot;
    ConnectorService connector;
    boolean connectorOpened;
    List<String> path = List.of();
    String connectorRouter;
    String connectorName;

    FlowBookkeeping(FlowRole role, ListenerService listener, Instant opened) {
        this.role = role;
        this.listener = listener;
        this.opened = opened;
    }

    TrafficCounters listenerCounters() {
        return listener.counters();
    }
}
