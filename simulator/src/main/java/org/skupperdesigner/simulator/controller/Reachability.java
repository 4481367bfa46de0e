package org.skupperdesigner.simulator.controller;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.simulator.controller.NetworkPlan.ConnectorPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.LinkPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.ListenerPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.SitePlan;

/**
 * What should be reachable once every usable link is up (reference H.4, H.5): sites joined by links form
 * networks; an edge site belongs to the network of the interior site it dials and is never a transit. A
 * listener's socket should be open iff some connector with its key is in its network.
 */
public final class Reachability {
    private final Map<String, String> parent = new HashMap<>();

    /** @param running which sites count (a stopped site reaches nothing) */
    public Reachability(NetworkPlan plan, Predicate<String> running) {
        for (SitePlan site : plan.sites()) {
            if (running.test(site.siteId())) {
                parent.put(site.siteId(), site.siteId());
            }
        }
        Set<String> edges = new HashSet<>();
        plan.sites().stream().filter(s -> s.mode() == RouterMode.EDGE).forEach(s -> edges.add(s.siteId()));
        Set<String> attachedEdges = new HashSet<>();
        for (LinkPlan link : plan.links()) {
            if (!parent.containsKey(link.fromSite()) || !parent.containsKey(link.toSite())) {
                continue;
            }
            if (edges.contains(link.fromSite()) && !attachedEdges.add(link.fromSite())) {
                continue; // an edge site uses one uplink: it never joins two networks
            }
            union(link.fromSite(), link.toSite());
        }
    }

    /**
     * Least path cost from {@code siteId}'s router to every other interior router it should reach (reference
     * E.1: Dijkstra over inter-router links, cost symmetric), over running sites and usable links only.
     */
    public static Map<String, Integer> expectedCosts(NetworkPlan plan, String siteId, Predicate<String> running,
                                                     Predicate<String> linkUsable) {
        Map<String, List<LinkPlan>> adjacency = new HashMap<>();
        for (LinkPlan link : plan.links()) {
            if (link.role() == org.skupperdesigner.router.config.LinkRole.INTER_ROUTER && running.test(link.fromSite())
                    && running.test(link.toSite()) && linkUsable.test(link.linkId())) {
                adjacency.computeIfAbsent(link.fromSite(), k -> new java.util.ArrayList<>()).add(link);
                adjacency.computeIfAbsent(link.toSite(), k -> new java.util.ArrayList<>()).add(link);
            }
        }
        Map<String, Integer> best = new HashMap<>();
        java.util.PriorityQueue<Map.Entry<String, Integer>> queue = new java.util.PriorityQueue<>(
                Map.Entry.comparingByValue());
        best.put(siteId, 0);
        queue.add(Map.entry(siteId, 0));
        while (!queue.isEmpty()) {
            Map.Entry<String, Integer> head = queue.poll();
            if (head.getValue() > best.getOrDefault(head.getKey(), Integer.MAX_VALUE)) {
                continue;
            }
            for (LinkPlan link : adjacency.getOrDefault(head.getKey(), List.of())) {
                String other = link.fromSite().equals(head.getKey()) ? link.toSite() : link.fromSite();
                int cost = head.getValue() + link.cost();
                if (cost < best.getOrDefault(other, Integer.MAX_VALUE)) {
                    best.put(other, cost);
                    queue.add(Map.entry(other, cost));
                }
            }
        }
        best.remove(siteId);
        return best;
    }

    public boolean sameNetwork(String a, String b) {
        return parent.containsKey(a) && parent.containsKey(b) && find(a).equals(find(b));
    }

    /** Whether the listener should accept connections. */
    public boolean shouldBeOpen(NetworkPlan plan, ListenerPlan listener) {
        return plan.connectors().stream()
                .filter(c -> c.routingKey().equals(listener.routingKey()))
                .map(ConnectorPlan::siteId)
                .anyMatch(site -> sameNetwork(site, listener.siteId()));
    }

    /** Listeners that should accept connections. */
    public List<ListenerPlan> openListeners(NetworkPlan plan) {
        return plan.listeners().stream().filter(l -> shouldBeOpen(plan, l)).toList();
    }

    private String find(String x) {
        String p = parent.get(x);
        if (p.equals(x)) {
            return x;
        }
        String root = find(p);
        parent.put(x, root);
        return root;
    }

    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
