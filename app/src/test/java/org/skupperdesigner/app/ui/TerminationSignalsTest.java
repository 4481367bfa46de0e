package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import sun.misc.Signal;

/**
 * Real signals, raised in this JVM while {@link TerminationSignals} handles them (and given back afterwards): the
 * session end runs on the "FX thread" (here a recording executor), the exit status is 128 + the signal, and the
 * process exits anyway when the session does not end in time or a second signal comes.
 */
class TerminationSignalsTest {

    private final LinkedBlockingQueue<Integer> exits = new LinkedBlockingQueue<>();
    private final CountDownLatch sessionEnded = new CountDownLatch(1);
    private TerminationSignals signals;

    @AfterEach
    void giveTheSignalsBack() {
        signals.uninstall();
    }

    @Test
    void aSignalEndsTheSessionOnTheFxThreadAndTheProcessExitsWith128PlusItsNumber() throws Exception {
        Thread[] ranOn = new Thread[1];
        signals = new TerminationSignals(task -> new Thread(task, "fx").start(), () -> {
            ranOn[0] = Thread.currentThread();
            sessionEnded.countDown();
        }, exits::add, Duration.ofMinutes(1)).install();
        assertThat(signals.exitStatus()).isEmpty();

        Signal signal = raiseOneHandled();

        assertThat(sessionEnded.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ranOn[0].getName()).isEqualTo("fx");
        assertThat(signals.exitStatus()).hasValue(128 + signal.getNumber());
        assertThat(exits).as("the session ends the process itself, once its work is kept").isEmpty();
    }

    @Test
    void aSessionThatDoesNotEndWithinTheGraceExitsTheProcessAnyway() throws Exception {
        signals = new TerminationSignals(task -> { }, sessionEnded::countDown, exits::add, Duration.ofMillis(100))
                .install();

        Signal signal = raiseOneHandled();

        assertThat(exits.poll(10, TimeUnit.SECONDS)).isEqualTo(128 + signal.getNumber());
        assertThat(sessionEnded.getCount()).as("the stuck FX thread never ran it").isEqualTo(1);
    }

    @Test
    void aSecondSignalExitsAtOnce() throws Exception {
        signals = new TerminationSignals(task -> { }, sessionEnded::countDown, exits::add, Duration.ofMinutes(1))
                .install();

        Signal first = raiseOneHandled();
        Signal.raise(first);

        assertThat(exits.poll(10, TimeUnit.SECONDS)).isEqualTo(128 + first.getNumber());
    }

    /** Raises one of the signals now handled (TERM, INT or HUP, less any this JVM was started ignoring). */
    private Signal raiseOneHandled() {
        assertThat(signals.handled()).as("TERM at least is never ignored by a test run").isNotEmpty();
        // HUP when handled: raising TERM would end the test JVM if the handler were ever missing
        String name = signals.handled().contains("HUP") ? "HUP" : signals.handled().get(0);
        Signal signal = new Signal(name);
        Signal.raise(signal);
        return signal;
    }
}
