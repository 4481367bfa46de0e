package org.skupperdesigner.app.ui.bench;

import javafx.application.Application;

/**
 * Benchmark of simulation mode under load (issue 9): the designer runs hello-world in run mode while 1,000 flows per
 * second arrive, and frame times are measured from a pulse listener. Run under Xvfb:
 *
 * <pre>xvfb-run -a -s "-screen 0 1600x1000x24" java -Dprism.order=sw -cp ... \
 *     org.skupperdesigner.app.ui.bench.SimulationFrameBench [flowsPerSecond] [seconds] [auto|real|synthetic]</pre>
 *
 * Real traffic comes from the simulation's own generator through the routers; when the machine cannot reach the rate
 * ({@code auto}, the default) the rest is published as synthetic flow events into the same simulation's event bus, so
 * they take exactly the path real events take: the subscription drained once per pulse, {@code LiveNetwork}, the
 * traffic overlay. The output says how many of each. Pulses run uncapped ({@code javafx.animation.fullspeed}) so the
 * interval between pulses is the real cost of a frame.
 */
public final class SimulationFrameBench {

    private SimulationFrameBench() {
    }

    public static void main(String[] args) {
        System.setProperty("javafx.animation.fullspeed", "true");
        Application.launch(SimulationFrameBenchApp.class, args);
    }
}
