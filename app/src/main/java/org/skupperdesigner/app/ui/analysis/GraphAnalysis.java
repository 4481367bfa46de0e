package org.skupperdesigner.app.ui.analysis;

import java.util.HashSet;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;

/**
 * The site graph the what-if view uses to find the sites a failure cuts off: sites as vertices, links as undirected
 * edges (traffic flows both ways once a link is up). Which services lose their connectors comes from the model's
 * analyzers, which know edge routers and link roles.
 */
final class GraphAnalysis {

    private final Network network;

    GraphAnalysis(Network network) {
        this.network = network;
    }

    /** Sites still connected to the largest group of surviving sites. */
    Set<String> mainComponent(Set<String> failedSites, Set<String> failedLinks) {
        Graph<String, DefaultWeightedEdge> graph = graph(failedSites, failedLinks);
        Set<String> best = new HashSet<>();
        for (Set<String> part : new ConnectivityInspector<>(graph).connectedSets()) {
            if (part.size() > best.size()) {
                best = part;
            }
        }
        return best;
    }

    private Graph<String, DefaultWeightedEdge> graph(Set<String> failedSites, Set<String> failedLinks) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (NetworkSite s : network.sites()) {
            if (!failedSites.contains(s.id())) {
                graph.addVertex(s.id());
            }
        }
        for (NetworkLink l : network.links()) {
            if (!failedLinks.contains(l.id()) && graph.containsVertex(l.fromSite())
                    && graph.containsVertex(l.toSite()) && !l.fromSite().equals(l.toSite())
                    && graph.getEdge(l.fromSite(), l.toSite()) == null) {
                graph.addEdge(l.fromSite(), l.toSite());
            }
        }
        return graph;
    }
}
