package org.skupperdesigner.model.analysis;

import java.util.List;

/**
 * The reachability proof of one listener (or one routing key of a multi-key listener).
 *
 * @param listener   element id of the Listener or MultiKeyListener
 * @param site       its site
 * @param routingKey the key
 * @param strategy   for a multi-key listener {@code priority} or {@code weighted}, else null
 * @param rank       position of the key in a multi-key listener's strategy (0 = first), else 0
 * @param routes     every reachable connector with its least-cost route, in the order balancing prefers them
 * @param firstPick  the connector Skupper's balancing picks for the first connection, or null when none is reachable
 * @param reason     why that one (reference E.2), or why nothing is reachable
 */
public record ListenerReachability(String listener, String site, String routingKey, String strategy, int rank,
                                   List<ConnectorRoute> routes, String firstPick, String reason) {

    public ListenerReachability {
        routes = List.copyOf(routes);
    }

    /** The router opens the listener's socket only while some connector is reachable (reference B.3). */
    public boolean open() {
        return !routes.isEmpty();
    }
}
