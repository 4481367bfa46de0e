package org.skupperdesigner.app.ui.simulate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.simulator.Simulation;
import org.skupperdesigner.simulator.SimulationOptions;
import org.skupperdesigner.simulator.SimulationSnapshot;
import org.skupperdesigner.simulator.event.EventBus;
import org.skupperdesigner.simulator.event.SimulationEvent;
import org.skupperdesigner.simulator.trace.Trace;

/**
 * One running simulation seen from the designer, with no JavaFX in it: control calls run on one control thread
 * (never the UI thread, never an event loop) in the order they were asked for, traces on a thread of their own once
 * the control thread reaches them, a snapshot is taken four times a second on its own thread, and events queue in
 * the simulator's pull subscription. The UI reads both once per pulse.
 */
final class SimulationSession implements AutoCloseable {

    private static final int EVENT_CAPACITY = 50_000;

    private final ExecutorService control = Executors.newSingleThreadExecutor(r -> daemon(r, "designer-sim-control"));
    /** Traces run here, so that a trace (up to its timeout and a settle time) never holds up a fault or Stop. */
    private final ExecutorService tracer = Executors.newSingleThreadExecutor(r -> daemon(r, "designer-sim-trace"));
    private final ScheduledExecutorService sampler =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "designer-sim-snapshot"));
    private final AtomicReference<SimulationSnapshot> latest = new AtomicReference<>();
    private volatile Simulation simulation;
    private volatile EventBus.Subscription events;
    // written on the UI thread by drain(), read by tests and the benchmark
    private volatile DrainStats drained = DrainStats.NONE;

    /** Starts the network in the background; {@code onStarted} / {@code onError} are called on the control thread. */
    void start(Network network, SimulationOptions options, Consumer<Simulation> onStarted, Consumer<String> onError) {
        control.execute(() -> {
            try {
                Simulation sim = Simulation.start(network, options);
                events = sim.subscribe(EVENT_CAPACITY);
                simulation = sim;
                sampler.scheduleAtFixedRate(this::sample, 0, 250, TimeUnit.MILLISECONDS);
                sim.awaitReady(Duration.ofSeconds(15));
                onStarted.accept(sim);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RejectedExecutionException e) {
                // closed while starting (Stop, or another design opened): not a failure to report; the close
                // queued behind this task closes what was started
            } catch (RuntimeException e) {
                onError.accept(e.getMessage());
            }
        });
    }

    private void sample() {
        Simulation sim = simulation;
        if (sim != null) {
            try {
                latest.set(sim.snapshot());
            } catch (RuntimeException e) {
                // the simulation is closing
            }
        }
    }

    /** Runs a control call (fault, traffic) off the UI thread; failures are reported as a note on the timeline. */
    void control(String what, Consumer<Simulation> action) {
        control.execute(() -> {
            Simulation sim = simulation;
            if (sim == null) {
                return;
            }
            try {
                action.accept(sim);
            } catch (RuntimeException e) {
                sim.note(what + " failed: " + e.getMessage());
            }
        });
    }

    /**
     * Follows one new connection through a listener. It starts once the control thread reaches it (after start-up
     * and any fault queued before it, so a trace after "Cut Link" sees the cut) and then runs on its own thread, so
     * the faults, traffic changes and Stop asked for while it runs are not held up by it. The UI thread never waits
     * for it; the future fails when the simulation is not running or the trace cannot run.
     */
    CompletableFuture<Trace> trace(String listenerId, Duration timeout) {
        CompletableFuture<Trace> result = new CompletableFuture<>();
        try {
            control.execute(() -> {
                Simulation sim = simulation;
                if (sim == null) {
                    result.completeExceptionally(new IllegalStateException("the simulation is not running"));
                    return;
                }
                try {
                    tracer.execute(new TraceTask(sim, listenerId, timeout, result));
                } catch (RejectedExecutionException e) {
                    result.completeExceptionally(new IllegalStateException("the simulation has stopped"));
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("the simulation has stopped"));
        }
        return result;
    }

    /** One trace on the trace thread; a trace never started when the session closes fails instead. */
    private record TraceTask(Simulation sim, String listenerId, Duration timeout, CompletableFuture<Trace> result)
            implements Runnable {
        @Override
        public void run() {
            try {
                result.complete(sim.trace(listenerId, timeout));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped();
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }

        void stopped() {
            result.completeExceptionally(new IllegalStateException("the simulation has stopped"));
        }
    }

    /** Everything published since the last call (UI thread, once per pulse). */
    List<SimulationEvent> drain() {
        EventBus.Subscription s = events;
        List<SimulationEvent> batch = s == null ? List.of() : s.drain();
        drained = drained.plus(batch.size());
        return batch;
    }

    /** How events have been drained so far. */
    DrainStats drainStats() {
        return drained;
    }

    long dropped() {
        EventBus.Subscription s = events;
        return s == null ? 0 : s.dropped();
    }

    /** The newest snapshot, or null before the first. */
    SimulationSnapshot snapshot() {
        return latest.get();
    }

    Simulation simulation() {
        return simulation;
    }

    @Override
    public void close() {
        if (control.isShutdown()) {
            return; // closed already: closing twice is harmless
        }
        sampler.shutdownNow();
        control.execute(() -> {
            Simulation sim = simulation;
            simulation = null;
            if (events != null) {
                events.close();
            }
            if (sim != null) {
                sim.close();
            }
        });
        control.shutdown();
        // a trace still running is interrupted (its simulation is being closed under it); one not yet started fails
        for (Runnable waiting : tracer.shutdownNow()) {
            if (waiting instanceof TraceTask task) {
                task.stopped();
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
