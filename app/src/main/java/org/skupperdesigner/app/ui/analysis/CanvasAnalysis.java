package org.skupperdesigner.app.ui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.skupperdesigner.app.ui.Plurals;
import org.skupperdesigner.app.ui.canvas.CanvasHighlight;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.support.ServiceIndex;
import org.skupperdesigner.model.validation.support.SiteServices;

/**
 * The two questions the canvas answers visually: "where can this listener reach?" (reachable connectors and the
 * least-cost path; for a multi-key listener, through the keys that take its new connections) and "what if this site
 * or link fails?" (what it would cut off, and which priority listeners fail over). Pure; runs off the UI thread.
 */
public final class CanvasAnalysis {

    /**
     * Where a listener or a multi-key listener can reach: its key's connectors (for a multi-key listener, those of
     * the keys that take new connections now: the first key with a reachable connector for priority, every such key
     * for weighted), and the least-cost path to one of them. Connectors no path reaches are dimmed; a priority
     * listener's standby keys are left as they are.
     */
    public CanvasHighlight reachability(Network network, String consumerId) {
        Optional<ServiceConsumer> found = ServiceConsumer.find(network, consumerId);
        if (found.isEmpty()) {
            return CanvasHighlight.NONE;
        }
        ServiceConsumer consumer = found.get();
        GraphAnalysis graph = new GraphAnalysis(network);
        ServiceIndex services = new ServiceIndex(network.sites().stream().map(SiteServices::of).toList());
        List<KeyReach> reaches = consumer.keys().stream()
                .map(key -> KeyReach.of(key, consumer.site(), services, graph, Set.of(), Set.of())).toList();
        List<KeyReach> serving = consumer.serving(reaches);

        Set<String> emphasized = new LinkedHashSet<>(List.of(consumerId, consumer.site().elementId()));
        Set<String> dimmed = new LinkedHashSet<>();
        Set<String> standbySites = new LinkedHashSet<>();
        KeyReach.Target best = null;
        for (KeyReach reach : reaches) {
            dimmed.addAll(reach.unreachable());
            if (!serving.contains(reach)) {
                reach.reachable().forEach(t -> standbySites.add(ElementIds.site(t.siteId())));
            } else {
                reach.reachable().forEach(t -> emphasized.add(t.connectorId()));
                Optional<KeyReach.Target> nearest = reach.nearest();
                if (nearest.isPresent() && (best == null || nearest.get().path().cost() < best.path().cost())) {
                    best = nearest.get();
                }
            }
        }
        if (best != null) {
            best.path().sites().forEach(id -> emphasized.add(ElementIds.site(id)));
            best.path().links().forEach(id -> emphasized.add(ElementIds.link(id)));
        }
        for (NetworkSite s : network.sites()) {
            // a priority listener's standby sites stay as they are: they take over when the preferred key goes
            if (!emphasized.contains(s.elementId()) && !standbySites.contains(s.elementId())) {
                dimmed.add(s.elementId());
            }
        }
        for (NetworkLink l : network.links()) {
            if (!emphasized.contains(ElementIds.link(l.id()))) {
                dimmed.add(ElementIds.link(l.id()));
            }
        }
        dimmed.removeAll(emphasized);
        return new CanvasHighlight(consumer.heading() + ": " + summary(consumer, reaches, serving, best, network),
                emphasized, dimmed);
    }

    private static String summary(ServiceConsumer consumer, List<KeyReach> reaches, List<KeyReach> serving,
                                  KeyReach.Target best, Network network) {
        String leastCost = best == null ? "" : " · least cost " + (long) best.path().cost() + " to "
                + network.site(best.siteId()).map(NetworkSite::name).orElse(best.siteId());
        if (!consumer.multiKey()) {
            KeyReach only = reaches.isEmpty() ? null : reaches.get(0);
            if (only == null || only.total() == 0) {
                return "no connector serves '" + consumer.keys().stream().findFirst().orElse("") + "'";
            }
            return only.reachable().size() + " of " + Plurals.count(only.total(), "connector") + " reachable" + leastCost;
        }
        if (serving.isEmpty()) {
            return "no key has a reachable connector";
        }
        int reachable = serving.stream().mapToInt(r -> r.reachable().size()).sum();
        int total = serving.stream().mapToInt(KeyReach::total).sum();
        if (!consumer.priority()) {
            return reachable + " of " + Plurals.count(total, "connector") + " reachable over "
                    + Plurals.count(serving.size(), "key") + leastCost;
        }
        KeyReach active = serving.get(0);
        String next = reaches.stream().skip(reaches.indexOf(active) + 1L).filter(r -> !r.reachable().isEmpty())
                .findFirst().map(r -> " · then '" + r.key() + "'").orElse("");
        return "'" + active.key() + "' takes new connections, " + reachable + " of " + Plurals.count(total, "connector")
                + " reachable" + leastCost + next;
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
        ServiceLoss loss = serviceLoss(network, graph, failedSites, failedLinks, dimmed);
        String what = ElementIds.isSite(elementId) ? "site " + ElementIds.siteOf(elementId)
                : "link " + elementId.substring(ElementIds.LINK_PREFIX.length());
        String title = "If " + what + " fails: " + (cutOff.isEmpty() ? "no site is cut off"
                : cutOff.size() + " site" + (cutOff.size() == 1 ? "" : "s") + " cut off (" + String.join(", ",
                cutOff) + ")") + (loss.lost().isEmpty() ? "" : " · services losing every connector: "
                + String.join(", ", loss.lost())) + (loss.failovers().isEmpty() ? "" : " · failover: "
                + String.join(", ", loss.failovers()));
        return new CanvasHighlight(title, Set.of(), dimmed);
    }

    /** What a failure takes from the services: keys left without a connector, and priority failovers. */
    private record ServiceLoss(Set<String> lost, Set<String> failovers) {
    }

    /**
     * Services whose listeners reach a connector now but none after the failure (those listeners greyed), and
     * priority multi-key listeners that would move their new connections to another key.
     */
    private static ServiceLoss serviceLoss(Network network, GraphAnalysis graph, Set<String> failedSites,
                                           Set<String> failedLinks, Set<String> dimmed) {
        Set<String> lost = new TreeSet<>();
        Set<String> failovers = new TreeSet<>();
        ServiceIndex services = new ServiceIndex(network.sites().stream().map(SiteServices::of).toList());
        for (ServiceConsumer consumer : ServiceConsumer.all(network)) {
            List<KeyReach> servingBefore = consumer.serving(consumer.keys().stream().map(key -> KeyReach.of(key,
                    consumer.site(), services, graph, Set.of(), Set.of())).toList());
            List<KeyReach> servingAfter = consumer.serving(consumer.keys().stream().map(key -> KeyReach.of(key,
                    consumer.site(), services, graph, failedSites, failedLinks)).toList());
            if (!servingBefore.isEmpty() && servingAfter.isEmpty()) {
                lost.add(consumer.multiKey() ? consumer.name() + " (multi-key)" : consumer.keys().get(0));
                dimmed.add(consumer.elementId());
            } else if (consumer.priority() && !servingBefore.isEmpty()
                    && !servingBefore.get(0).key().equals(servingAfter.get(0).key())) {
                failovers.add(consumer.name() + " to '" + servingAfter.get(0).key() + "'");
            }
        }
        return new ServiceLoss(lost, failovers);
    }
}
