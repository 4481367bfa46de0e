package org.skupperdesigner.app.ui.simulate;

import org.skupperdesigner.router.config.KeyStrategy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.router.observe.FlowOutcome;
import org.skupperdesigner.simulator.ListenerAddress;
import org.skupperdesigner.simulator.SimulationSnapshot;
import org.skupperdesigner.simulator.event.FlowView;
import org.skupperdesigner.simulator.event.SimulationEvent;
import org.skupperdesigner.simulator.metrics.WindowStats;

/**
 * Open connections: routers report a connection when it is accepted, before it is routed, so started flows carry no
 * path. The counts used to read 0 until one of the listener's connections had ended.
 */
class LiveNetworkTest {

    private static FlowView started(int n) {
        return new FlowView("west:" + n, "west/backend", "backend", List.of(), List.of(), null, null, 0, 0,
                Duration.ofMillis(1000 + n), null, FlowOutcome.ACTIVE);
    }

    private static FlowView ended(int n, List<String> links) {
        return new FlowView("west:" + n, "west/backend", "backend", List.of("west", "east"), links, "east/backend",
                "east/backend", 1024, 1024, Duration.ofMillis(1000 + n), Duration.ofMillis(1100 + n),
                FlowOutcome.COMPLETED);
    }

    private static SimulationSnapshot snapshot(double rps) {
        WindowStats w = new WindowStats(0, 1_000_000, (long) rps, 0, Map.of(), 5, 6, 7, 8, 5, rps, rps * 2048,
                Map.of(), (long) rps, 0);
        ListenerAddress a = new ListenerAddress("west/backend", "backend", "backend", 8080, "127.0.0.1", 40000);
        return new SimulationSnapshot(Duration.ofSeconds(2), List.of(new SimulationSnapshot.ListenerState(a, true,
                true, w, w, KeyStrategy.single("backend"), List.of("backend"))), List.of(new SimulationSnapshot.LinkState("east-to-west", "east", "west", true, 1, "up",
                "none", 100, 100), new SimulationSnapshot.LinkState("other", "east", "west", true, 1, "up",
                "none", 0, 0)), List.of(new SimulationSnapshot.SiteState("west", "interior", true)));
    }

    private static List<SimulationEvent> starts(int from, int to) {
        List<SimulationEvent> events = new ArrayList<>();
        for (int i = from; i < to; i++) {
            events.add(new SimulationEvent.FlowStarted(Duration.ofMillis(1000 + i), started(i)));
        }
        return events;
    }

    @Test
    void aMultiKeyListenerSaysWhichKeyTakesNewConnectionsAndWhichAreUnreachable() {
        WindowStats w = new WindowStats(0, 1_000_000, 0, 0, Map.of(), 0, 0, 0, 0, 0, 0, 0, Map.of(), 0, 0);
        ListenerAddress a = new ListenerAddress("office/checkout", "payments", null, 9443, "127.0.0.1", 40001);
        KeyStrategy priority = KeyStrategy.priority(List.of("payments", "payments-dr"));
        LiveNetwork live = new LiveNetwork();

        live.onSnapshot(new SimulationSnapshot(Duration.ofSeconds(1), List.of(new SimulationSnapshot.ListenerState(a,
                true, false, w, w, priority, List.of("payments-dr"))), List.of(), List.of()), 1);

        LiveNetwork.ListenerLive checkout = live.listener("office/checkout");
        assertThat(checkout.keys().multiKey()).isTrue();
        assertThat(checkout.keys().describe()).isEqualTo("to payments-dr (payments unreachable)");
        assertThat(TrafficOverlay.listenerBadgeText("checkout", checkout))
                .isEqualTo("⇢ checkout  127.0.0.1:40001  to payments-dr (payments unreachable)");
        assertThat(TrafficOverlay.listenerBadgeText("checkout", checkout.withOpen(false)))
                .isEqualTo("✖ checkout: unmatched (no reachable key)");

        // a listener of one routing key reads as before
        live.onSnapshot(snapshot(5), 2);
        assertThat(live.listener("west/backend").keys()).isEqualTo(LiveNetwork.KeysNow.NONE);
        assertThat(TrafficOverlay.listenerBadgeText("backend", live.listener("west/backend")))
                .isEqualTo("⇢ backend  127.0.0.1:40000");
    }

    @Test
    void aDownLinkSaysWhy() {
        LiveNetwork live = new LiveNetwork();
        live.onSnapshot(new SimulationSnapshot(Duration.ofSeconds(1), List.of(), List.of(
                new SimulationSnapshot.LinkState("to-aws", "office", "aws", false, 1, "up", "none", 0, 0),
                new SimulationSnapshot.LinkState("to-gcp", "office", "gcp", false, 1, "cut", "none", 0, 0),
                new SimulationSnapshot.LinkState("to-azure", "office", "azure", false, 1, "up", "none", 0, 0)),
                List.of(new SimulationSnapshot.SiteState("office", "interior", true),
                        new SimulationSnapshot.SiteState("aws", "interior", false),
                        new SimulationSnapshot.SiteState("gcp", "interior", true),
                        new SimulationSnapshot.SiteState("azure", "interior", true))), 1);

        assertThat(live.link("to-aws").condition()).isEqualTo("aws stopped");
        assertThat(live.link("to-gcp").condition()).isEqualTo("cut");
        assertThat(live.link("to-azure").condition()).isEqualTo("connecting");
        assertThat(live.link("to-aws").health()).isEqualTo(LiveNetwork.Health.DOWN);
    }

    @Test
    void connectionsOpenBeforeAnyHasEndedAreCountedOnTheListenerAndTheExpectedLink() {
        LiveNetwork live = new LiveNetwork();
        live.expectPaths(Map.of("west/backend", List.of("east-to-west")));

        live.onEvents(starts(0, 3));
        live.onSnapshot(snapshot(20), 1_000_000_000L);

        assertThat(live.link("east-to-west").openConnections()).isEqualTo(3);
        assertThat(live.listener("west/backend").openConnections()).isEqualTo(3);
        assertThat(live.listener("west/backend").requestsPerSecond()).isEqualTo(20);
        assertThat(live.listener("west/backend").traffic()).isTrue();
    }

    @Test
    void onceAConnectionEndsItsRealPathReplacesTheExpectedOne() {
        LiveNetwork live = new LiveNetwork();
        live.expectPaths(Map.of("west/backend", List.of("east-to-west")));
        live.onEvents(starts(0, 3));
        live.onEvents(List.of(new SimulationEvent.FlowEnded(Duration.ofMillis(1100), ended(0, List.of("other")))));

        live.onSnapshot(snapshot(20), 1_000_000_000L);

        assertThat(live.link("other").openConnections()).isEqualTo(2);
        assertThat(live.link("east-to-west").openConnections()).isZero();
        assertThat(live.listener("west/backend").openConnections()).isEqualTo(2);
        assertThat(live.pathOf("west/backend")).containsExactly("other");
    }

    @Test
    void aStoppedRouterTakesItsListenersOpenConnectionsWithIt() {
        LiveNetwork live = new LiveNetwork();
        live.onEvents(starts(0, 2));
        live.onEvents(List.of(new SimulationEvent.SiteChanged(Duration.ofSeconds(2), "west", false)));
        live.onSnapshot(snapshot(0), 1_000_000_000L);
        assertThat(live.listener("west/backend").openConnections()).isZero();
        assertThat(live.activeFlows()).isZero();
    }
}
