package org.skupperdesigner.router.routing;

import java.util.Map;
import java.util.Objects;

/**
 * What one interior router tells the network: its neighbours with link costs and, per routing key, how
 * many connectors it serves (its own and those of its attached edge routers). Newer {@code sequence} wins.
 */
public record LinkStateAdvert(String origin, long sequence, Map<String, Integer> neighbourCosts,
                              Map<String, Integer> connectorCounts) {
    public LinkStateAdvert {
        Objects.requireNonNull(origin, "origin");
        neighbourCosts = Map.copyOf(neighbourCosts);
        connectorCounts = Map.copyOf(connectorCounts);
    }
}
