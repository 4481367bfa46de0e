package org.skupperdesigner.app.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.TestWindows;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.simulator.SimulationOptions;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.trace.Trace;

/**
 * A trace follows its connection on a thread of its own: faults and Stop asked for while it runs are not held up by
 * it (it used to occupy the control thread for up to its timeout plus a settle time), yet it still starts only after
 * what was queued before it.
 */
class SimulationSessionTraceTest {

    /** hello-world whose backend answers only after a delay, so a trace through west/backend takes that long. */
    private static final Network SLOW_BACKEND = TestWindows.helloWorld().withSimulation(
            Map.of("workloads", Map.of("east/backend", Map.of("delay", "3s"))));

    /**
     * Quick reconnects, but Skupper's 3 s dead interval: with the fast 400 ms one a loaded CI machine once declared the
     * link dead right after start, the listener closed, and both traces ended "refused" before the session closed.
     */
    private static final SimulationOptions OPTIONS = SimulationOptions.fast().withTimers(Duration.ofMillis(250),
            Duration.ofSeconds(3), java.util.List.of(Duration.ofMillis(100), Duration.ofMillis(250)));

    private final SimulationSession session = new SimulationSession();

    @AfterEach
    void close() {
        session.close();
    }

    private void startAndAwaitReady() throws Exception {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        session.start(SLOW_BACKEND, OPTIONS, sim -> ready.complete(null),
                error -> ready.completeExceptionally(new AssertionError(error)));
        ready.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aControlCallRunsWhileATraceIsStillWaitingForItsAnswer() throws Exception {
        startAndAwaitReady();

        CompletableFuture<Trace> trace = session.trace("west/backend", Duration.ofSeconds(15));
        CompletableFuture<Boolean> traceDoneWhenControlRan = new CompletableFuture<>();
        session.control("a fault asked for during the trace", sim -> traceDoneWhenControlRan.complete(trace.isDone()));

        assertThat(traceDoneWhenControlRan.get(10, TimeUnit.SECONDS)).as("the trace was still running").isFalse();
        Trace finished = trace.get(30, TimeUnit.SECONDS);
        assertThat(finished.outcome()).isEqualTo(RequestOutcome.OK);
        assertThat(finished.flow()).as("the router's record of the traced connection").isNotNull();
    }

    @Test
    void aTraceStillRunningWhenTheSessionClosesFailsInsteadOfHanging() throws Exception {
        startAndAwaitReady();
        CompletableFuture<Trace> running = session.trace("west/backend", Duration.ofSeconds(15));
        CompletableFuture<Trace> queued = session.trace("west/backend", Duration.ofSeconds(15));
        assertThat(running).as("the first trace waits 3 s for the slow backend").isNotDone();

        session.close();

        assertThat(queued).failsWithin(20, TimeUnit.SECONDS);
        assertThat(running).failsWithin(20, TimeUnit.SECONDS);
    }
}
