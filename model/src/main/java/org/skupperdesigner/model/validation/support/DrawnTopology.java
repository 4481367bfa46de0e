package org.skupperdesigner.model.validation.support;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.Multigraph;
import org.skupperdesigner.model.network.NetworkLink;

/**
 * The link topology as the user drew it: sites are vertices, each link between two existing, distinct sites is an
 * edge. Validation judges "the same network" on this graph (the user's intent), not on the links that would
 * actually come up: a broken link is reported once, by the link rules, instead of again by every routing key
 * behind it (see {@code docs/decisions/0201}).
 */
public final class DrawnTopology {

    private final Graph<String, NetworkLink> graph;
    private final Map<String, Integer> componentOf = new HashMap<>();
    private final List<Set<String>> components;

    public DrawnTopology(Collection<String> siteIds, Collection<NetworkLink> links) {
        graph = new Multigraph<>(null, null, false);
        siteIds.forEach(graph::addVertex);
        for (NetworkLink l : links) {
            if (!l.fromSite().equals(l.toSite()) && graph.containsVertex(l.fromSite())
                    && graph.containsVertex(l.toSite())) {
                graph.addEdge(l.fromSite(), l.toSite(), l);
            }
        }
        components = new ConnectivityInspector<>(graph).connectedSets();
        for (int i = 0; i < components.size(); i++) {
            for (String site : components.get(i)) {
                componentOf.put(site, i);
            }
        }
    }

    /**
     * The graph. The incremental validator keeps a topology while link ends do not change, so an edge may be an
     * older record of a link (same id and ends, other cost); look links up in the network for their fields.
     */
    public Graph<String, NetworkLink> graph() {
        return graph;
    }

    /** Index of the separate network the site is in, or -1 for an unknown site. */
    public int componentOf(String siteId) {
        return componentOf.getOrDefault(siteId, -1);
    }

    public boolean sameNetwork(String siteA, String siteB) {
        int a = componentOf(siteA);
        return a >= 0 && a == componentOf(siteB);
    }

    public List<Set<String>> components() {
        return components;
    }

}
