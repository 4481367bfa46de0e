package org.skupperdesigner.router.observe;

import java.util.Map;

/**
 * All counters of one router at one moment. {@code router} counts client connections accepted by its
 * listeners; {@code links} counts streams per link name (outgoing link name, or {@code acceptor/peer}).
 */
public record RouterCounters(CounterSnapshot router, Map<String, CounterSnapshot> listeners,
                             Map<String, CounterSnapshot> connectors, Map<String, CounterSnapshot> links) {
    public RouterCounters {
        listeners = Map.copyOf(listeners);
        connectors = Map.copyOf(connectors);
        links = Map.copyOf(links);
    }
}
