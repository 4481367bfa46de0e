package org.skupperdesigner.app.ui.simulate;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.simulator.SimulationSnapshot;

/** Test support: a design shown in the window with a traffic overlay updated once, as a simulation pulse does. */
final class OverlayShown {

    private OverlayShown() {
    }

    /**
     * Opens {@code network} in the window, lays it out, attaches an overlay, updates it from {@code live} and lays
     * the canvas out again (as the pulse does after the overlay's update); then runs {@code check} on the FX thread
     * and detaches the overlay.
     */
    static void show(FxRobot robot, DesignerWindow window, DesignerContext context, Network network, LiveNetwork live,
            Consumer<TrafficOverlay> check) {
        robot.interact(() -> context.document().replaceDocument(network, null));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.canvas().applyCss();
            window.canvas().layout();
            TrafficOverlay overlay = new TrafficOverlay(window.canvas());
            overlay.attach(network);
            overlay.update(live, List.of(), 0);
            window.canvas().layout();
            check.accept(overlay);
            overlay.detach();
        });
    }

    /** Hello-world's east-to-west link after moving 268 kB in its last second (3.1 MiB in all). */
    static LiveNetwork busyHelloWorldLink() {
        LiveNetwork busy = new LiveNetwork();
        busy.onSnapshot(linkMoved(3_000_000), 1);
        busy.onSnapshot(linkMoved(3_268_000), 1_000_000_001L);
        return busy;
    }

    private static SimulationSnapshot linkMoved(long bytes) {
        return new SimulationSnapshot(Duration.ofSeconds(1), List.of(), List.of(
                new SimulationSnapshot.LinkState("east-to-west", "east", "west", true, 1, "up", "none", bytes, 0)),
                List.of(new SimulationSnapshot.SiteState("west", "interior", true),
                        new SimulationSnapshot.SiteState("east", "interior", true)));
    }
}
