package org.skupperdesigner.router.routing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Dijkstra over the link-state database. A link counts only when both ends advertise it (so a half-dead
 * link is not used) and costs the larger of the two advertised costs, as in the Skupper router.
 */
public final class ShortestPaths {
    private ShortestPaths() {
    }

    /** Routes from {@code self} to every reachable router (self excluded). Deterministic on ties. */
    public static Map<String, Route> from(String self, Map<String, LinkStateAdvert> adverts) {
        Map<String, Integer> distance = new HashMap<>();
        Map<String, String> firstHop = new HashMap<>();
        PriorityQueue<Entry> queue = new PriorityQueue<>();
        distance.put(self, 0);
        queue.add(new Entry(self, 0, null));
        while (!queue.isEmpty()) {
            Entry current = queue.poll();
            if (current.cost != distance.get(current.router)
                    || !Objects.equals(current.firstHop, firstHop.get(current.router))) {
                continue; // stale queue entry
            }
            LinkStateAdvert advert = adverts.get(current.router);
            if (advert == null) {
                continue;
            }
            for (Map.Entry<String, Integer> link : advert.neighbourCosts().entrySet()) {
                String neighbour = link.getKey();
                int cost = linkCost(adverts, current.router, neighbour, link.getValue());
                if (cost < 0) {
                    continue;
                }
                int candidate = current.cost + cost;
                String hop = current.router.equals(self) ? neighbour : current.firstHop;
                Integer known = distance.get(neighbour);
                if (known == null || candidate < known
                        || (candidate == known && !neighbour.equals(self) && hop.compareTo(firstHop.get(neighbour)) < 0)) {
                    // equal cost: the smaller next-hop id wins so every run picks the same path
                    distance.put(neighbour, candidate);
                    firstHop.put(neighbour, hop);
                    queue.add(new Entry(neighbour, candidate, hop));
                }
            }
        }
        Map<String, Route> routes = new HashMap<>();
        firstHop.forEach((router, hop) -> {
            if (!router.equals(self)) {
                routes.put(router, new Route(router, distance.get(router), hop));
            }
        });
        return routes;
    }

    /** Cost of a link both ends advertise, or -1 when the far end does not list it. */
    private static int linkCost(Map<String, LinkStateAdvert> adverts, String from, String to, int fromCost) {
        LinkStateAdvert far = adverts.get(to);
        if (far == null) {
            return -1;
        }
        Integer back = far.neighbourCosts().get(from);
        return back == null ? -1 : Math.max(1, Math.max(fromCost, back));
    }

    /** Routers reachable in the given route table, for convenience in tests and events. */
    public static Collection<String> reachable(Map<String, Route> routes) {
        return routes.keySet();
    }

    private record Entry(String router, int cost, String firstHop) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byCost = Integer.compare(cost, other.cost);
            return byCost != 0 ? byCost : router.compareTo(other.router);
        }
    }
}
