package org.skupperdesigner.router.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Immutable result of one routing computation at one interior router: routes to every reachable router
 * and, per routing key, the remote routers that serve it (ordered by cost, then id).
 */
public record RoutingTable(Map<String, Route> routes, Map<String, List<RemoteDestination>> destinationsByKey) {
    public static final RoutingTable EMPTY = new RoutingTable(Map.of(), Map.of());

    public RoutingTable {
        routes = Map.copyOf(routes);
        destinationsByKey = Map.copyOf(destinationsByKey);
    }

    public static RoutingTable compute(String self, Map<String, LinkStateAdvert> adverts) {
        Map<String, Route> routes = ShortestPaths.from(self, adverts);
        Map<String, List<RemoteDestination>> byKey = new HashMap<>();
        for (Route route : routes.values()) {
            LinkStateAdvert advert = adverts.get(route.destination());
            for (Map.Entry<String, Integer> key : advert.connectorCounts().entrySet()) {
                if (key.getValue() > 0) {
                    byKey.computeIfAbsent(key.getKey(), k -> new ArrayList<>())
                            .add(new RemoteDestination(route.destination(), route.cost(), route.nextHop()));
                }
            }
        }
        Comparator<RemoteDestination> order = Comparator.comparingInt(RemoteDestination::cost)
                .thenComparing(RemoteDestination::routerId);
        byKey.replaceAll((key, list) -> {
            list.sort(order);
            return List.copyOf(list);
        });
        return new RoutingTable(routes, byKey);
    }

    public List<RemoteDestination> destinations(String routingKey) {
        return destinationsByKey.getOrDefault(routingKey, List.of());
    }

    public Set<String> remoteKeys() {
        return destinationsByKey.keySet();
    }

    /** Router id to path cost, sorted, for events. */
    public Map<String, Integer> costs() {
        Map<String, Integer> costs = new TreeMap<>();
        routes.values().forEach(route -> costs.put(route.destination(), route.cost()));
        return costs;
    }
}
