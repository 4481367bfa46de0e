package org.skupperdesigner.app.ui.simulate.step;

import java.util.List;

import org.skupperdesigner.simulator.metrics.RequestOutcome;

/**
 * One traced connection ready to step through.
 *
 * @param listenerId the listener it entered ({@code west/backend})
 * @param outcome    what the client saw
 * @param route      the path it took, or null when the router never took it (refused)
 * @param hops       the steps, in order (never empty)
 * @param problem    what went wrong and what to do, or null when it was served
 */
public record TracedConnection(String listenerId, RequestOutcome outcome, TraceRoute route, List<TraceHop> hops,
                               String problem) {

    public TracedConnection {
        hops = List.copyOf(hops);
        if (hops.isEmpty()) {
            throw new IllegalArgumentException("a traced connection has at least one hop");
        }
    }

    /** One line for the panel: "west/backend → east/backend · west → east · total cost 1 · ok". */
    public String summary() {
        if (route == null) {
            return listenerId + " · not routed · " + outcome.name().toLowerCase(java.util.Locale.ROOT);
        }
        return listenerId + " → " + (route.connectorElement() == null ? "no connector"
                : route.connectorElement().replace("/Connector/", "/")) + " · path " + route.describe()
                + " · total cost " + route.totalCost() + " · " + outcome.name().toLowerCase(java.util.Locale.ROOT);
    }
}
