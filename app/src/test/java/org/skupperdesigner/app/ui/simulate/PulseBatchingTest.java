package org.skupperdesigner.app.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.TestWindows;
import org.skupperdesigner.router.observe.FlowOutcome;
import org.skupperdesigner.simulator.Simulation;
import org.skupperdesigner.simulator.event.EventBus;
import org.skupperdesigner.simulator.event.FlowView;
import org.skupperdesigner.simulator.event.SimulationEvent;

/**
 * Simulation events reach the UI thread in batches, one drain per pulse: thousands of flow events published between
 * two pulses are all applied, by no more drains than there were pulses. A regression to one hop onto the UI thread
 * per event would either bypass the drain (the events would not be counted) or need one drain per event.
 */
@ExtendWith(ApplicationExtension.class)
class PulseBatchingTest {

    private static final int FLOWS = 2_500;

    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.showForSimulation(stage, TestWindows.context(TestWindows.helloWorld()), 1280, 800);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> window.simulation().close());
    }

    @Test
    void thousandsOfEventsBetweenPulsesAreAppliedInOneDrainPerPulse(FxRobot robot) throws Exception {
        robot.interact(() -> window.simulation().start());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.simulation().simulation() != null);
        Simulation sim = window.simulation().simulation();
        AtomicLong pulses = new AtomicLong();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.incrementAndGet();
            }
        };
        DrainStats[] before = new DrainStats[1];
        long[] flowsBefore = new long[1];
        long[] pulsesBefore = new long[1];
        robot.interact(() -> {
            counter.start();
            before[0] = window.simulation().drainStats();
            flowsBefore[0] = window.simulation().live().flowsSeen();
            pulsesBefore[0] = pulses.get();
        });

        publishFlows(sim.events());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.simulation().drainStats().events()
                - before[0].events() >= 2L * FLOWS && window.simulation().live().flowsSeen() - flowsBefore[0] >= FLOWS);
        WaitForAsyncUtils.waitForFxEvents();
        DrainStats[] after = new DrainStats[1];
        long[] pulsesAfter = new long[1];
        robot.interact(() -> {
            after[0] = window.simulation().drainStats();
            pulsesAfter[0] = pulses.get();
            counter.stop();
        });
        long drains = after[0].drains() - before[0].drains();
        long pulseCount = pulsesAfter[0] - pulsesBefore[0];
        long events = after[0].events() - before[0].events();
        assertThat(events).isGreaterThanOrEqualTo(2L * FLOWS);
        // one drain per pulse (the counter and the drain may straddle a pulse at either end)
        assertThat(drains).as("drains vs pulses").isLessThanOrEqualTo(pulseCount + 2);
        assertThat(drains).as("drains vs events").isLessThan(events / 10);
        assertThat(after[0].largestBatch()).as("events in the largest drain").isGreaterThanOrEqualTo(250);
    }

    /** Publishes started and ended flows from this (non-UI) thread as fast as it can: all between a few pulses. */
    private static void publishFlows(EventBus bus) {
        for (int i = 0; i < FLOWS; i++) {
            Duration at = bus.now();
            FlowView open = new FlowView("synthetic-" + i, "west/backend", "backend", List.of("west", "east"),
                    List.of("east-to-west"), null, null, 1024, 0, at, null, FlowOutcome.ACTIVE);
            bus.publish(new SimulationEvent.FlowStarted(at, open));
            FlowView done = new FlowView("synthetic-" + i, "west/backend", "backend", List.of("west", "east"),
                    List.of("east-to-west"), "east/backend", "east/backend", 1024, 1024, at, at,
                    FlowOutcome.COMPLETED);
            bus.publish(new SimulationEvent.FlowEnded(at, done));
        }
    }
}
