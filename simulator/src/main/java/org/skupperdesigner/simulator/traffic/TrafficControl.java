package org.skupperdesigner.simulator.traffic;

import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.skupperdesigner.simulator.metrics.MetricsRegistry;

/**
 * Starts and stops the traffic generators of a simulation, one per listener at most.
 */
public final class TrafficControl implements AutoCloseable {
    /** What the simulator knows about a listener that a generator needs. */
    public interface Targets {
        /** Where the listener accepts clients (loopback). */
        InetSocketAddress address(String listenerId);

        /** What its answers can be checked against, given the workloads behind its routing key. */
        ResponseCheck check(String listenerId, Protocol protocol);
    }

    private final EventLoopGroup group;
    private final MetricsRegistry metrics;
    private final Targets targets;
    private final long simulationStartNanos;
    private final Consumer<String> notes;
    private final Map<String, TrafficGenerator> generators = new LinkedHashMap<>();

    public TrafficControl(EventLoopGroup group, MetricsRegistry metrics, Targets targets, long simulationStartNanos,
                          Consumer<String> notes) {
        this.group = group;
        this.metrics = metrics;
        this.targets = targets;
        this.simulationStartNanos = simulationStartNanos;
        this.notes = notes;
    }

    /** Starts (or replaces) the generator of one listener. */
    public synchronized TrafficGenerator start(String listenerId, TrafficSpec spec) {
        TrafficGenerator old = generators.remove(listenerId);
        if (old != null) {
            old.stop();
        }
        InetSocketAddress address = targets.address(listenerId);
        if (address == null) {
            throw new IllegalArgumentException("no listener " + listenerId);
        }
        TrafficGenerator generator = new TrafficGenerator(listenerId, address, spec,
                targets.check(listenerId, spec.protocol()), metrics.listener(listenerId), group, simulationStartNanos);
        generators.put(listenerId, generator);
        generator.start();
        notes.accept("traffic to " + listenerId + ": " + describe(spec));
        return generator;
    }

    /** Stops the generator of one listener; requests in flight finish. */
    public synchronized boolean stop(String listenerId) {
        TrafficGenerator generator = generators.get(listenerId);
        if (generator == null) {
            return false;
        }
        generator.stop();
        notes.accept("traffic to " + listenerId + " stopped");
        return true;
    }

    public synchronized Map<String, TrafficGenerator> generators() {
        return new LinkedHashMap<>(generators);
    }

    /** Stops every generator and waits (bounded) for requests in flight. */
    public void stopAll(long timeout, TimeUnit unit) throws InterruptedException {
        List<TrafficGenerator> all;
        synchronized (this) {
            all = List.copyOf(generators.values());
        }
        all.forEach(TrafficGenerator::stop);
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (TrafficGenerator g : all) {
            g.awaitIdle(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    public static String describe(TrafficSpec spec) {
        return (spec.rate() > 0 ? fmt(spec.rate()) + " conn/s" : "closed loop") + ", concurrency "
                + spec.concurrency() + ", " + spec.protocol().id() + ", request " + spec.requestSize() + " B"
                + (spec.protocol() == Protocol.HTTP ? ", response " + spec.responseSize() + " B" : "");
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    @Override
    public void close() {
        try {
            stopAll(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
