package org.skupperdesigner.app.ui.simulate.panel;

import org.skupperdesigner.router.config.KeyStrategy;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.skupperdesigner.app.ui.TestWindows;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.simulator.ListenerAddress;
import org.skupperdesigner.simulator.SimulationSnapshot;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.metrics.WindowStats;

/** Shared fixtures of the panel tests: the bundled examples and hand-made snapshots. */
final class PanelFixtures {

    private PanelFixtures() {
    }

    static Network helloWorld() {
        return NetworkLoader.load(List.of(TestWindows.examples().resolve("hello-world.skupper-design.yaml"))).network();
    }

    /** The last-second window of a listener: {@code ok} successes, {@code errors} failures, fixed latencies. */
    static WindowStats lastSecond(double atSeconds, long ok, long errors, double p50) {
        long to = (long) (atSeconds * 1e6);
        return new WindowStats(to - 1_000_000, to, ok + errors, errors,
                errors == 0 ? Map.of() : Map.of(RequestOutcome.RESET, errors), p50, p50 * 2, p50 * 3, p50 * 4, p50,
                ok, ok * 2048.0, Map.of(), ok + errors, errors);
    }

    static SimulationSnapshot snapshot(double atSeconds, String listenerId, WindowStats recent, boolean traffic) {
        ListenerAddress address = new ListenerAddress(listenerId, "backend", "backend", 8080, "127.0.0.1", 40000);
        return new SimulationSnapshot(Duration.ofNanos((long) (atSeconds * 1e9)),
                List.of(new SimulationSnapshot.ListenerState(address, true, traffic, recent, recent,
                        KeyStrategy.single("backend"), List.of("backend"))),
                List.of(new SimulationSnapshot.LinkState("east-to-west", "east", "west", true, 1, "up", "none", 0, 0)),
                List.of(new SimulationSnapshot.SiteState("west", "interior", true),
                        new SimulationSnapshot.SiteState("east", "interior", true)));
    }
}
