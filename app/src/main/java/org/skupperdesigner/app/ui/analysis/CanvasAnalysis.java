package org.skupperdesigner.app.ui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.skupperdesigner.app.ui.Plurals;
import org.skupperdesigner.app.ui.canvas.CanvasHighlight;
import org.skupperdesigner.app.ui.common.StrategyText;
import org.skupperdesigner.model.analysis.ConnectorRoute;
import org.skupperdesigner.model.analysis.ListenerReachability;
import org.skupperdesigner.model.analysis.ReachabilityAnalyzer;
import org.skupperdesigner.model.analysis.ReachabilityReport;
import org.skupperdesigner.model.analysis.WhatIfAnalyzer;
import org.skupperdesigner.model.analysis.WhatIfResult;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.support.ServiceEndpoint;
import org.skupperdesigner.model.validation.support.ServiceIndex;
import org.skupperdesigner.model.validation.support.SiteServices;

/**
 * The two questions the canvas answers visually, from the model's analyzers (reference E): "where can this listener
 * reach?" (its reachable connectors and the route of the first connection; for a multi-key listener through the keys
 * that take its new connections) and "what if this site or link fails?" (the sites it cuts off, the listeners that
 * lose every connector, the priority listeners that fail over). Pure; runs off the UI thread.
 */
public final class CanvasAnalysis {

    public CanvasHighlight reachability(Network network, String listenerId) {
        Optional<SkupperResource> resource = network.resource(listenerId);
        if (resource.isEmpty() || !(resource.get() instanceof Listener || resource.get() instanceof MultiKeyListener)) {
            return CanvasHighlight.NONE;
        }
        String siteId = listenerId.substring(0, listenerId.indexOf('/'));
        ReachabilityReport report = new ReachabilityAnalyzer().analyze(network);
        List<ListenerReachability> keys = report.of(listenerId);
        List<ListenerReachability> serving = report.serving(listenerId);
        ServiceIndex services = new ServiceIndex(network.sites().stream().map(SiteServices::of).toList());

        Set<String> emphasized = new LinkedHashSet<>(List.of(listenerId, ElementIds.site(siteId)));
        Set<String> dimmed = new LinkedHashSet<>();
        Set<String> standbySites = new LinkedHashSet<>();
        for (ListenerReachability key : keys) {
            Set<String> reached = new LinkedHashSet<>();
            key.routes().forEach(r -> reached.add(r.connector()));
            services.connectors(key.routingKey()).stream().map(ServiceEndpoint::elementId)
                    .filter(id -> !reached.contains(id)).forEach(dimmed::add);
            if (serving.contains(key)) {
                emphasized.addAll(reached);
            } else {
                // a priority listener's later keys stand by: left as they are, neither emphasised nor dimmed
                key.routes().forEach(r -> standbySites.add(ElementIds.site(r.site())));
            }
        }
        ConnectorRoute first = serving.isEmpty() ? null : serving.get(0).routes().get(0);
        if (first != null) {
            first.sites().forEach(id -> emphasized.add(ElementIds.site(id)));
            first.links().forEach(id -> emphasized.add(ElementIds.link(id)));
        }
        for (NetworkSite s : network.sites()) {
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
        String title = heading(resource.get()) + ": " + summary(resource.get(), keys, serving, first, network, services);
        return new CanvasHighlight(title, emphasized, dimmed);
    }

    /** "Listener backend (orders)", "Multi-key listener checkout (priority)" (its card row shows the keys). */
    private static String heading(SkupperResource resource) {
        if (resource instanceof MultiKeyListener m) {
            return "Multi-key listener " + m.name() + (m.spec().strategy() == null ? ""
                    : " (" + StrategyText.kind(m.spec().strategy()) + ")");
        }
        return "Listener " + resource.name() + " (" + ((Listener) resource).spec().routingKey() + ")";
    }

    private static String summary(SkupperResource resource, List<ListenerReachability> keys,
                                  List<ListenerReachability> serving, ConnectorRoute first, Network network,
                                  ServiceIndex services) {
        String firstConnection = first == null ? "" : " · first connection to "
                + network.site(first.site()).map(NetworkSite::name).orElse(first.site())
                + (first.local() ? " (local)" : " (cost " + first.cost() + ")");
        if (resource instanceof Listener listener) {
            String key = listener.spec().routingKey();
            int total = key == null ? 0 : services.connectors(key).size();
            if (total == 0) {
                return "no connector serves '" + key + "'";
            }
            int reachable = keys.isEmpty() ? 0 : keys.get(0).routes().size();
            return reachable + " of " + Plurals.count(total, "connector") + " reachable" + firstConnection;
        }
        if (serving.isEmpty()) {
            return keys.isEmpty() ? "no routing keys" : "no key has a reachable connector";
        }
        int reachable = serving.stream().mapToInt(k -> k.routes().size()).sum();
        int total = serving.stream().mapToInt(k -> services.connectors(k.routingKey()).size()).sum();
        String counts = reachable + " of " + Plurals.count(total, "connector") + " reachable";
        if (!"priority".equals(serving.get(0).strategy())) {
            return counts + " over " + Plurals.count(serving.size(), "key") + firstConnection;
        }
        ListenerReachability active = serving.get(0);
        String next = keys.stream().filter(k -> k.rank() > active.rank() && k.open()).findFirst()
                .map(k -> " · then '" + k.routingKey() + "'").orElse("");
        return "'" + active.routingKey() + "' takes new connections, " + counts + firstConnection + next;
    }

    /** What failing {@code elementId} (a site or a link) would cut off. */
    public CanvasHighlight whatIf(Network network, String elementId) {
        boolean site = ElementIds.isSite(elementId);
        String failedId = site ? ElementIds.siteOf(elementId) : elementId.substring(ElementIds.LINK_PREFIX.length());
        Set<String> failedSites = site ? Set.of(failedId) : Set.of();
        Set<String> failedLinks = site ? Set.of() : Set.of(failedId);
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
        WhatIfAnalyzer whatIf = new WhatIfAnalyzer(network);
        WhatIfResult result = site ? whatIf.removeSite(failedId) : whatIf.removeLink(failedId);
        Set<String> lost = new TreeSet<>();
        for (String listener : result.listenersLosingAll()) {
            dimmed.add(listener);
            network.resource(listener).ifPresent(r -> lost.add(r instanceof Listener l ? l.spec().routingKey()
                    : r.name() + " (multi-key)"));
        }
        Set<String> failovers = failovers(network, site ? network.withoutSite(failedId)
                : network.withoutLink(failedId));
        String title = "If " + (site ? "site " : "link ") + failedId + " fails: " + (cutOff.isEmpty()
                ? "no site is cut off" : Plurals.count(cutOff.size(), "site") + " cut off (" + String.join(", ",
                cutOff) + ")") + (lost.isEmpty() ? "" : " · services losing every connector: " + String.join(", ",
                lost)) + (failovers.isEmpty() ? "" : " · failover: " + String.join(", ", failovers));
        return new CanvasHighlight(title, Set.of(), dimmed);
    }

    /** Priority multi-key listeners whose new connections would go to another key once {@code after} holds. */
    private static Set<String> failovers(Network network, Network after) {
        if (network.sites().stream().allMatch(s -> s.resourcesOf(MultiKeyListener.class).findAny().isEmpty())) {
            return Set.of(); // nothing can fail over: spare the two analyses
        }
        ReachabilityReport now = new ReachabilityAnalyzer().analyze(network);
        ReachabilityReport then = new ReachabilityAnalyzer().analyze(after);
        Set<String> failovers = new TreeSet<>();
        for (NetworkSite s : network.sites()) {
            for (MultiKeyListener m : s.resourcesOf(MultiKeyListener.class).toList()) {
                String id = s.elementId(m);
                List<ListenerReachability> before = now.serving(id);
                List<ListenerReachability> later = then.serving(id);
                if (!before.isEmpty() && !later.isEmpty() && "priority".equals(before.get(0).strategy())
                        && !before.get(0).routingKey().equals(later.get(0).routingKey())) {
                    failovers.add(m.name() + " to '" + later.get(0).routingKey() + "'");
                }
            }
        }
        return failovers;
    }
}
