package org.skupperdesigner.app.ui.analysis;

import java.util.ArrayList;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.skupperdesigner.app.ui.canvas.CanvasHighlight;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ResourceKind;

/**
 * The two questions the canvas answers visually: "where can this listener reach?" (reachable connectors and the
 * least-cost path) and "what if this site or link fails?" (what it would cut off). Pure; runs off the UI thread.
 */
public final class CanvasAnalysis {

    public CanvasHighlight reachability(Network network, String listenerId) {
        String[] parts = listenerId.split("/", 3);
        Optional<NetworkSite> site = parts.length == 3 ? network.site(parts[0]) : Optional.empty();
        Optional<Listener> listener = site.flatMap(s -> s.find(ResourceKind.LISTENER, parts[2]))
                .map(Listener.class::cast);
        if (listener.isEmpty()) {
            return CanvasHighlight.NONE;
        }
        String key = listener.get().spec().routingKey();
        GraphAnalysis graph = new GraphAnalysis(network);
        Set<String> emphasized = new LinkedHashSet<>(List.of(listenerId, site.get().elementId()));
        Set<String> dimmed = new LinkedHashSet<>();
        GraphAnalysis.Path best = null;
        String bestConnector = null;
        int total = 0;
        int reachable = 0;
        for (NetworkSite s : network.sites()) {
            for (Connector c : s.resourcesOf(Connector.class).filter(c -> key != null
                    && key.equals(c.spec().routingKey())).toList()) {
                total++;
                Optional<GraphAnalysis.Path> path = graph.leastCostPath(site.get().id(), s.id(), Set.of(), Set.of());
                if (path.isPresent()) {
                    reachable++;
                    emphasized.add(s.elementId(c));
                    if (best == null || path.get().cost() < best.cost()) {
                        best = path.get();
                        bestConnector = s.name();
                    }
                } else {
                    dimmed.add(s.elementId(c));
                }
            }
        }
        if (best != null) {
            best.sites().forEach(id -> emphasized.add(ElementIds.site(id)));
            best.links().forEach(id -> emphasized.add(ElementIds.link(id)));
        }
        for (NetworkSite s : network.sites()) {
            if (!emphasized.contains(s.elementId())) {
                dimmed.add(s.elementId());
            }
        }
        for (NetworkLink l : network.links()) {
            if (!emphasized.contains(ElementIds.link(l.id()))) {
                dimmed.add(ElementIds.link(l.id()));
            }
        }
        String title = "Listener " + listener.get().name() + " (" + key + "): " + (total == 0
                ? "no connector serves '" + key + "'"
                : reachable + " of " + total + " connector" + (total == 1 ? "" : "s") + " reachable"
                        + (best == null ? "" : " · least cost " + (long) best.cost() + " to " + bestConnector));
        return new CanvasHighlight(title, emphasized, dimmed);
    }

    /** What failing {@code elementId} (a site or a link) would cut off. */
    public CanvasHighlight whatIf(Network network, String elementId) {
        Set<String> failedSites = ElementIds.isSite(elementId) ? Set.of(ElementIds.siteOf(elementId)) : Set.of();
        Set<String> failedLinks = ElementIds.isLink(elementId)
                ? Set.of(elementId.substring(ElementIds.LINK_PREFIX.length())) : Set.of();
        GraphAnalysis graph = new GraphAnalysis(network);
        Set<String> before = graph.mainComponent(Set.of(), Set.of());
        Set<String> after = graph.mainComponent(failedSites, failedLinks);
        Set<String> dimmed = new LinkedHashSet<>();
        dimmed.add(elementId);
        List<String> cutOff = new ArrayList<>();
        for (NetworkSite s : network.sites()) {
            boolean lost = failedSites.contains(s.id()) || before.contains(s.id()) && !after.contains(s.id());
            if (lost) {
                dimmed.add(s.elementId());
                s.resources().forEach(r -> dimmed.add(s.elementId(r)));
                if (!failedSites.contains(s.id())) {
                    cutOff.add(s.name());
                }
            }
        }
        for (NetworkLink l : network.links()) {
            if (failedLinks.contains(l.id()) || dimmed.contains(ElementIds.site(l.fromSite()))
                    || dimmed.contains(ElementIds.site(l.toSite()))) {
                dimmed.add(ElementIds.link(l.id()));
            }
        }
        Set<String> lostServices = lostServices(network, graph, failedSites, failedLinks, dimmed);
        String what = ElementIds.isSite(elementId) ? "site " + ElementIds.siteOf(elementId)
                : "link " + elementId.substring(ElementIds.LINK_PREFIX.length());
        String title = "If " + what + " fails: " + (cutOff.isEmpty() ? "no site is cut off"
                : cutOff.size() + " site" + (cutOff.size() == 1 ? "" : "s") + " cut off (" + String.join(", ",
                cutOff) + ")") + (lostServices.isEmpty() ? "" : " · services losing every connector: "
                + String.join(", ", lostServices));
        return new CanvasHighlight(title, Set.of(), dimmed);
    }

    /** Routing keys whose listeners reach a connector now but none after the failure (those listeners greyed). */
    private static Set<String> lostServices(Network network, GraphAnalysis graph, Set<String> failedSites,
                                            Set<String> failedLinks, Set<String> dimmed) {
        Set<String> lost = new TreeSet<>();
        for (NetworkSite s : network.sites()) {
            for (Listener l : s.resourcesOf(Listener.class).toList()) {
                String key = l.spec().routingKey();
                List<NetworkSite> targets = network.sites().stream().filter(t -> t.resourcesOf(Connector.class)
                        .anyMatch(c -> key != null && key.equals(c.spec().routingKey()))).toList();
                boolean reachedBefore = targets.stream().anyMatch(t -> graph.leastCostPath(s.id(), t.id(),
                        Set.of(), Set.of()).isPresent());
                boolean reachedAfter = targets.stream().anyMatch(t -> graph.leastCostPath(s.id(), t.id(),
                        failedSites, failedLinks).isPresent());
                if (reachedBefore && !reachedAfter) {
                    lost.add(key);
                    dimmed.add(s.elementId(l));
                }
            }
        }
        return lost;
    }

}
