package org.skupperdesigner.model.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.validation.support.ServiceEndpoint;

/**
 * For every listener: the connectors it can reach, each with its least-cost path (Dijkstra over the interior
 * sites, edge sites entering and leaving through their active uplinks), and the connector Skupper's balancing picks
 * for the first connection with no load (reference E.2): an idle connector on the listener's own router first,
 * then one on the interior router an edge site's traffic enters at, then the lowest path cost; ties go to the
 * first in design order (the router's own order is not observable).
 */
public final class ReachabilityAnalyzer {

    public ReachabilityReport analyze(Network network) {
        return analyze(new RoutingTopology(network));
    }

    public ReachabilityReport analyze(RoutingTopology topology) {
        DijkstraShortestPath<String, NetworkLink> dijkstra = new DijkstraShortestPath<>(topology.interiorGraph());
        Map<String, SingleSourcePaths<String, NetworkLink>> trees = new HashMap<>();
        Map<String, List<ServiceEndpoint>> connectorsByKey = new HashMap<>();
        for (NetworkSite s : topology.sites()) {
            for (ServiceEndpoint c : topology.services(s.id()).connectors()) {
                connectorsByKey.computeIfAbsent(c.routingKey(), k -> new ArrayList<>()).add(c);
            }
        }
        List<ListenerReachability> result = new ArrayList<>();
        for (NetworkSite s : topology.sites()) {
            String ingress = topology.ingress(s.id());
            SingleSourcePaths<String, NetworkLink> tree = ingress == null ? null
                    : trees.computeIfAbsent(ingress, dijkstra::getPaths);
            for (ServiceEndpoint l : topology.services(s.id()).listeners()) {
                List<ServiceEndpoint> candidates = connectorsByKey.getOrDefault(l.routingKey(), List.of());
                result.add(prove(topology, l, ingress, tree, candidates));
            }
        }
        return new ReachabilityReport(result);
    }

    private static ListenerReachability prove(RoutingTopology t, ServiceEndpoint l, String ingress,
                                              SingleSourcePaths<String, NetworkLink> tree,
                                              List<ServiceEndpoint> candidates) {
        List<ConnectorRoute> routes = new ArrayList<>();
        for (ServiceEndpoint c : candidates) {
            ConnectorRoute r = route(t, l.siteId(), ingress, tree, c);
            if (r != null) {
                routes.add(r);
            }
        }
        routes.sort(Comparator.comparingInt((ConnectorRoute r) -> preference(r, ingress))
                .thenComparingInt(ConnectorRoute::cost).thenComparingInt(r -> t.order(r.site())));
        String strategy = null;
        int rank = 0;
        if (l.resource() instanceof MultiKeyListener m && m.spec().strategy() != null) {
            strategy = m.spec().strategy().priorityRoutingKeys() != null ? "priority" : "weighted";
            rank = Math.max(0, m.spec().strategy().routingKeys().indexOf(l.routingKey()));
        }
        String pick = routes.isEmpty() ? null : routes.get(0).connector();
        return new ListenerReachability(l.elementId(), l.siteId(), l.routingKey(), strategy, rank, routes, pick,
                reason(t, l, ingress, routes, candidates));
    }

    /** 0 = on the listener's router, 1 = on the interior router an edge's traffic enters at, 2 = elsewhere. */
    private static int preference(ConnectorRoute r, String ingress) {
        if (r.local()) {
            return 0;
        }
        return r.site().equals(ingress) ? 1 : 2;
    }

    private static ConnectorRoute route(RoutingTopology t, String from, String ingress,
                                        SingleSourcePaths<String, NetworkLink> tree, ServiceEndpoint c) {
        if (c.siteId().equals(from)) {
            return new ConnectorRoute(c.elementId(), from, List.of(from), List.of(), 0, true);
        }
        String egress = t.ingress(c.siteId());
        if (ingress == null || egress == null) {
            return null;
        }
        GraphPath<String, NetworkLink> path = tree.getPath(egress);
        if (path == null) {
            return null;
        }
        List<String> sites = new ArrayList<>();
        List<String> links = new ArrayList<>();
        if (t.isEdge(from)) {
            sites.add(from);
            links.add(t.activeUplink(from).id());
        }
        sites.addAll(path.getVertexList());
        path.getEdgeList().forEach(e -> links.add(e.id()));
        if (t.isEdge(c.siteId())) {
            sites.add(c.siteId());
            links.add(t.activeUplink(c.siteId()).id());
        }
        return new ConnectorRoute(c.elementId(), c.siteId(), sites, links, (int) Math.round(path.getWeight()), false);
    }

    private static String reason(RoutingTopology t, ServiceEndpoint l, String ingress, List<ConnectorRoute> routes,
                                 List<ServiceEndpoint> candidates) {
        if (routes.isEmpty()) {
            if (candidates.isEmpty()) {
                return "no connector has routing key '" + l.routingKey() + "'; the listener stays closed";
            }
            return "connectors for '" + l.routingKey() + "' exist, but no working path leads to them"
                    + (ingress == null ? " (" + l.siteId() + " is an edge site without a usable uplink)" : "")
                    + "; the listener stays closed";
        }
        ConnectorRoute first = routes.get(0);
        String why;
        if (first.local()) {
            why = "an idle connector on the listener's own router is always chosen first";
        } else if (first.site().equals(ingress) && t.isEdge(l.siteId())) {
            why = l.siteId() + " is an edge site; its connections go up to " + ingress
                    + ", where an idle local connector is chosen first";
        } else {
            why = "lowest path cost (" + first.cost() + ") among remote connectors";
        }
        if (routes.size() > 1) {
            ConnectorRoute second = routes.get(1);
            if (preference(second, ingress) == preference(first, ingress) && second.cost() == first.cost()) {
                why += "; tied with " + second.connector() + ", the router takes the first in its own order "
                        + "(design order shown), later connections spread by load";
            }
        }
        return why;
    }
}
