package org.skupperdesigner.app.ui.analysis;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;

/**
 * The routing graph the canvas analyses work on: sites as vertices, links as undirected edges weighted by cost
 * (traffic flows both ways once a link is up), edge sites never used as transit (an edge router only serves itself).
 * Built per question, as JGraphT recommends: a projection of the model, not the model.
 */
final class GraphAnalysis {

    private final Network network;

    GraphAnalysis(Network network) {
        this.network = network;
    }

    /** The least-cost path of site ids between two sites, avoiding failed elements; empty when unreachable. */
    Optional<Path> leastCostPath(String fromSite, String toSite, Set<String> failedSites, Set<String> failedLinks) {
        if (failedSites.contains(fromSite) || failedSites.contains(toSite)) {
            return Optional.empty();
        }
        if (fromSite.equals(toSite)) {
            return Optional.of(new Path(List.of(fromSite), List.of(), 0));
        }
        Graph<String, DefaultWeightedEdge> graph = graph(Set.of(fromSite, toSite), failedSites, failedLinks);
        GraphPath<String, DefaultWeightedEdge> path = DijkstraShortestPath.findPathBetween(graph, fromSite, toSite);
        if (path == null) {
            return Optional.empty();
        }
        List<String> sites = path.getVertexList();
        Set<String> links = new LinkedHashSet<>();
        for (int i = 0; i + 1 < sites.size(); i++) {
            linkBetween(sites.get(i), sites.get(i + 1), failedLinks).ifPresent(l -> links.add(l.id()));
        }
        return Optional.of(new Path(sites, List.copyOf(links), path.getWeight()));
    }

    /** Sites still connected to the largest group of surviving sites. */
    Set<String> mainComponent(Set<String> failedSites, Set<String> failedLinks) {
        Graph<String, DefaultWeightedEdge> graph = graph(Set.of(), failedSites, failedLinks);
        Set<String> best = new HashSet<>();
        for (Set<String> part : new ConnectivityInspector<>(graph).connectedSets()) {
            if (part.size() > best.size()) {
                best = part;
            }
        }
        return best;
    }

    private Graph<String, DefaultWeightedEdge> graph(Set<String> endpoints, Set<String> failedSites,
                                                     Set<String> failedLinks) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<String> transitOk = new HashSet<>();
        for (NetworkSite s : network.sites()) {
            if (!failedSites.contains(s.id())) {
                graph.addVertex(s.id());
                if (!s.isEdge() || endpoints.contains(s.id()) || endpoints.isEmpty()) {
                    transitOk.add(s.id());
                }
            }
        }
        for (NetworkLink l : network.links()) {
            if (failedLinks.contains(l.id()) || !graph.containsVertex(l.fromSite())
                    || !graph.containsVertex(l.toSite()) || l.fromSite().equals(l.toSite())
                    || !transitOk.contains(l.fromSite()) && !transitOk.contains(l.toSite())) {
                continue;
            }
            DefaultWeightedEdge existing = graph.getEdge(l.fromSite(), l.toSite());
            if (existing == null) {
                graph.setEdgeWeight(graph.addEdge(l.fromSite(), l.toSite()), l.effectiveCost());
            } else if (graph.getEdgeWeight(existing) > l.effectiveCost()) {
                graph.setEdgeWeight(existing, l.effectiveCost());
            }
        }
        // an edge site in the middle of a path would be transit: drop its edges unless it is an endpoint
        for (NetworkSite s : network.sites()) {
            if (graph.containsVertex(s.id()) && !transitOk.contains(s.id())) {
                Set<DefaultWeightedEdge> edges = new HashSet<>(graph.edgesOf(s.id()));
                if (edges.size() > 1) {
                    graph.removeAllEdges(edges);
                }
            }
        }
        return graph;
    }

    private Optional<NetworkLink> linkBetween(String a, String b, Set<String> failedLinks) {
        return network.links().stream().filter(l -> !failedLinks.contains(l.id()) && l.touches(a) && l.touches(b))
                .min(java.util.Comparator.comparingInt(NetworkLink::effectiveCost));
    }

    /** A path through the network. */
    record Path(List<String> sites, List<String> links, double cost) {
    }
}
