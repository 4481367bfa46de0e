package org.skupperdesigner.model.analysis;

import java.util.List;

/**
 * One of the separate application networks in a design: sites that reach each other over usable links.
 *
 * @param number      1-based number, in design order of the first site
 * @param sites       all its sites, in design order
 * @param edgeSites   the edge sites among them
 * @param routingKeys routing keys its connectors serve, sorted
 */
public record SeparateNetwork(int number, List<String> sites, List<String> edgeSites, List<String> routingKeys) {

    public SeparateNetwork {
        sites = List.copyOf(sites);
        edgeSites = List.copyOf(edgeSites);
        routingKeys = List.copyOf(routingKeys);
    }
}
