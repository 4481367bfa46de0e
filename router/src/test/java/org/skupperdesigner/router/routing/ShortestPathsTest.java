package org.skupperdesigner.router.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ShortestPathsTest {
    private final Map<String, LinkStateAdvert> adverts = new HashMap<>();

    private void link(String a, String b, int cost) {
        put(a, b, cost);
        put(b, a, cost);
    }

    private void put(String from, String to, int cost) {
        LinkStateAdvert old = adverts.get(from);
        Map<String, Integer> neighbours = new HashMap<>(old == null ? Map.of() : old.neighbourCosts());
        neighbours.put(to, cost);
        adverts.put(from, new LinkStateAdvert(from, 1, neighbours, old == null ? Map.of() : old.connectorCounts()));
    }

    @Test
    void lineAddsCostsAndUsesTheFirstHop() {
        link("a", "b", 2);
        link("b", "c", 3);
        Map<String, Route> routes = ShortestPaths.from("a", adverts);
        assertThat(routes).containsEntry("b", new Route("b", 2, "b")).containsEntry("c", new Route("c", 5, "b"));
    }

    @Test
    void diamondPrefersTheCheaperSide() {
        link("a", "b", 1);
        link("b", "d", 1);
        link("a", "c", 5);
        link("c", "d", 5);
        assertThat(ShortestPaths.from("a", adverts).get("d")).isEqualTo(new Route("d", 2, "b"));
    }

    @Test
    void linkAdvertisedByOnlyOneEndIsNotUsed() {
        link("a", "b", 1);
        put("b", "c", 1); // c has not (yet) confirmed the link
        adverts.put("c", new LinkStateAdvert("c", 1, Map.of(), Map.of()));
        assertThat(ShortestPaths.from("a", adverts)).containsOnlyKeys("b");
    }

    @Test
    void linkCostIsTheLargerOfBothEnds() {
        put("a", "b", 1);
        put("b", "a", 7);
        assertThat(ShortestPaths.from("a", adverts).get("b").cost()).isEqualTo(7);
    }

    @Test
    void equalCostPathsPickTheSmallerNextHopEveryTime() {
        link("a", "x", 1);
        link("a", "y", 1);
        link("x", "z", 1);
        link("y", "z", 1);
        assertThat(ShortestPaths.from("a", adverts).get("z").nextHop()).isEqualTo("x");
    }

    @Test
    void routingTableListsKeyedDestinationsByCost() {
        link("a", "b", 1);
        link("a", "c", 4);
        adverts.put("b", new LinkStateAdvert("b", 2, adverts.get("b").neighbourCosts(), Map.of("svc", 1)));
        adverts.put("c", new LinkStateAdvert("c", 2, adverts.get("c").neighbourCosts(), Map.of("svc", 2, "db", 0)));
        RoutingTable table = RoutingTable.compute("a", adverts);
        assertThat(table.destinations("svc")).extracting(RemoteDestination::routerId).containsExactly("b", "c");
        assertThat(table.destinations("db")).isEmpty();
    }

    @Test
    void olderAdvertsAreIgnored() {
        LinkStateDatabase database = new LinkStateDatabase();
        assertThat(database.offer(new LinkStateAdvert("a", 5, Map.of(), Map.of()))).isTrue();
        assertThat(database.offer(new LinkStateAdvert("a", 4, Map.of("b", 1), Map.of()))).isFalse();
        assertThat(database.get("a").neighbourCosts()).isEmpty();
    }
}
