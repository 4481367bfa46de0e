package org.skupperdesigner.app.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns the signals that ask a process to stop (SIGTERM from a desktop session's logout or {@code kill}, SIGINT from
 * Ctrl+C, SIGHUP when the terminal goes) into an orderly end of the window session on the FX thread, so unsaved work
 * is written for recovery at once and JavaFX shuts down before the JVM does. Left to the JVM, a signal runs the
 * shutdown hooks while the FX thread still handles window events: JavaFX's own hook stops rendering under it (an
 * exception from GTK's event loop was seen in a CI run), and unsaved work was only as recent as the last autosave.
 *
 * <p>If the session has not ended after a grace period (a dialog stuck in a nested event loop), or a second signal
 * comes, the process exits anyway, with the usual status of 128 + the signal's number.
 */
public final class TerminationSignals {

    private static final Logger LOG = LoggerFactory.getLogger(TerminationSignals.class);
    private static final List<String> NAMES = List.of("TERM", "INT", "HUP");

    private final Consumer<Runnable> fxThread;
    private final Runnable endSession;
    private final IntConsumer exit;
    private final Duration grace;
    private final AtomicInteger received = new AtomicInteger();
    private final List<Restore> previous = new ArrayList<>();

    /**
     * @param fxThread   runs a task on the FX thread ({@code Platform::runLater})
     * @param endSession ends the session on the FX thread (keeps unsaved work, then exits JavaFX)
     * @param exit       ends the process with a status ({@code System::exit})
     * @param grace      how long the session has to end before the process exits anyway
     */
    public TerminationSignals(Consumer<Runnable> fxThread, Runnable endSession, IntConsumer exit, Duration grace) {
        this.fxThread = fxThread;
        this.endSession = endSession;
        this.exit = exit;
        this.grace = grace;
    }

    /**
     * Handles the three signals from now on. A signal the process was started ignoring stays ignored (SIGINT in a
     * background job, SIGHUP under nohup), and one the platform does not offer is skipped.
     */
    public TerminationSignals install() {
        for (String name : NAMES) {
            try {
                Signal signal = new Signal(name);
                SignalHandler old = Signal.handle(signal, this::onSignal);
                if (old == SignalHandler.SIG_IGN) {
                    Signal.handle(signal, old);
                } else {
                    previous.add(new Restore(signal, old));
                }
            } catch (IllegalArgumentException unavailable) {
                LOG.debug("SIG{} cannot be handled here: {}", name, unavailable.getMessage());
            }
        }
        return this;
    }

    /** The names of the signals this handles (TERM, INT, HUP less those ignored or unavailable). */
    public List<String> handled() {
        return previous.stream().map(r -> r.signal().getName()).toList();
    }

    /** Gives the signals back to their previous handlers (tests). */
    public void uninstall() {
        previous.forEach(r -> Signal.handle(r.signal(), r.handler()));
        previous.clear();
    }

    /** The status the process should exit with once the session has ended: 128 + the signal, if one ended it. */
    public OptionalInt exitStatus() {
        int signal = received.get();
        return signal == 0 ? OptionalInt.empty() : OptionalInt.of(128 + signal);
    }

    private void onSignal(Signal signal) {
        if (!received.compareAndSet(0, signal.getNumber())) {
            LOG.warn("SIG{} again: exiting now", signal.getName());
            exit.accept(128 + received.get());
            return;
        }
        LOG.info("SIG{}: closing the window; unsaved work is kept for recovery", signal.getName());
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(grace.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            LOG.warn("the window did not close within {} ms of SIG{}: exiting", grace.toMillis(), signal.getName());
            exit.accept(128 + signal.getNumber());
        }, "termination-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        fxThread.accept(endSession);
    }

    private record Restore(Signal signal, SignalHandler handler) {
    }
}
