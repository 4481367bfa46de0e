package org.skupperdesigner.simulator;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.skupperdesigner.simulator.event.SimulationEvent;

/** The latest reported state of links, listeners and routes, kept from events (never queries a router). */
final class LiveState {
    private final Map<String, Boolean> linkUp = new ConcurrentHashMap<>();
    private final Map<String, Integer> linkCost = new ConcurrentHashMap<>();
    private final Map<String, Boolean> listenerOpen = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> routeCosts = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> reachableKeys = new ConcurrentHashMap<>();

    void onEvent(SimulationEvent event) {
        if (event instanceof SimulationEvent.LinkChanged link) {
            linkUp.put(link.linkId(), link.state() == SimulationEvent.LinkState.UP);
            if (link.state() == SimulationEvent.LinkState.UP) {
                linkCost.put(link.linkId(), link.cost());
            }
        } else if (event instanceof SimulationEvent.ListenerChanged listener) {
            listenerOpen.put(listener.listenerId(), listener.open());
        } else if (event instanceof SimulationEvent.RoutesChanged routes) {
            routeCosts.put(routes.siteId(), Map.copyOf(routes.costs()));
            reachableKeys.put(routes.siteId(), Set.copyOf(routes.reachableKeys()));
        } else if (event instanceof SimulationEvent.SiteChanged site && !site.running()) {
            routeCosts.remove(site.siteId());
            reachableKeys.remove(site.siteId());
            listenerOpen.keySet().removeIf(id -> id.startsWith(site.siteId() + "/"));
        }
    }

    boolean linkUp(String linkId) {
        return linkUp.getOrDefault(linkId, false);
    }

    int linkCost(String linkId, int fallback) {
        return linkCost.getOrDefault(linkId, fallback);
    }

    boolean listenerOpen(String listenerId) {
        return listenerOpen.getOrDefault(listenerId, false);
    }

    /** Path cost from a site's router to every router it reaches (interior routers only). */
    Map<String, Integer> routeCosts(String siteId) {
        return routeCosts.getOrDefault(siteId, Map.of());
    }

    Set<String> reachableKeys(String siteId) {
        return reachableKeys.getOrDefault(siteId, Set.of());
    }
}
