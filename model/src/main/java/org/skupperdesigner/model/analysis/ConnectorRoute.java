package org.skupperdesigner.model.analysis;

import java.util.List;

/**
 * How a listener reaches one connector: the least-cost path as the routers choose it.
 *
 * @param connector element id of the connector (or of the AttachedConnectorBinding serving the key)
 * @param site      the connector's site
 * @param sites     the sites the connection crosses, from the listener's site to the connector's
 * @param links     the links it crosses, in order (edge uplinks included)
 * @param cost      total cost: the sum of inter-router link costs (edge uplinks cost nothing, reference E.5)
 * @param local     whether the connector is in the listener's own site
 */
public record ConnectorRoute(String connector, String site, List<String> sites, List<String> links, int cost,
                             boolean local) {

    public ConnectorRoute {
        sites = List.copyOf(sites);
        links = List.copyOf(links);
    }

    /** {@code a -> b -> c (cost 3)}. */
    public String describe() {
        return String.join(" -> ", sites) + (local ? " (local)" : " (cost " + cost + ")");
    }
}
