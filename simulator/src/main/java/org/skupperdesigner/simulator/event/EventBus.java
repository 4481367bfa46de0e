package org.skupperdesigner.simulator.event;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Where a simulation's events go. Publishers never block. Two kinds of readers:
 * <ul>
 *   <li>{@link #subscribe pull subscriptions} for user interfaces: events queue up (bounded, oldest dropped
 *   and counted) until the reader {@link Subscription#drain() drains} them, typically once per frame;</li>
 *   <li>{@link #listen listeners} inside the simulator (metrics), called on the publishing thread.</li>
 * </ul>
 * It also keeps the timeline: every event except flows, bounded, for reports.
 */
public final class EventBus {
    private final long startNanos;
    private final int timelineLimit;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final List<Consumer<SimulationEvent>> listeners = new CopyOnWriteArrayList<>();
    private final ArrayDeque<SimulationEvent> timeline = new ArrayDeque<>();

    public EventBus(long startNanos, int timelineLimit) {
        this.startNanos = startNanos;
        this.timelineLimit = timelineLimit;
    }

    /** Time since the simulation started. */
    public Duration now() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    public long startNanos() {
        return startNanos;
    }

    public void publish(SimulationEvent event) {
        if (!(event instanceof SimulationEvent.FlowStarted) && !(event instanceof SimulationEvent.FlowEnded)) {
            synchronized (timeline) {
                if (timeline.size() == timelineLimit) {
                    timeline.removeFirst();
                }
                timeline.addLast(event);
            }
        }
        for (Consumer<SimulationEvent> listener : listeners) {
            listener.accept(event);
        }
        for (Subscription subscription : subscriptions) {
            subscription.offer(event);
        }
    }

    /** Events other than flows, oldest first (bounded). */
    public List<SimulationEvent> timeline() {
        synchronized (timeline) {
            return new ArrayList<>(timeline);
        }
    }

    /** A synchronous listener; it must be quick and must not block. Close the handle to remove it. */
    public AutoCloseable listen(Consumer<SimulationEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * A pull subscription holding up to {@code capacity} undrained events that pass {@code filter}.
     */
    public Subscription subscribe(int capacity, Predicate<SimulationEvent> filter) {
        Subscription subscription = new Subscription(capacity, filter);
        subscriptions.add(subscription);
        return subscription;
    }

    /** Events queued for one reader; drain them in batches. Close it when the reader goes away. */
    public final class Subscription implements AutoCloseable {
        private final int capacity;
        private final Predicate<SimulationEvent> filter;
        private final ArrayDeque<SimulationEvent> queue = new ArrayDeque<>();
        private long dropped;

        private Subscription(int capacity, Predicate<SimulationEvent> filter) {
            if (capacity < 1) {
                throw new IllegalArgumentException("capacity must be >= 1");
            }
            this.capacity = capacity;
            this.filter = filter == null ? e -> true : filter;
        }

        private synchronized void offer(SimulationEvent event) {
            if (!filter.test(event)) {
                return;
            }
            if (queue.size() == capacity) {
                queue.removeFirst();
                dropped++;
            }
            queue.addLast(event);
        }

        /** Everything queued since the last drain, oldest first. Never blocks. */
        public synchronized List<SimulationEvent> drain() {
            List<SimulationEvent> batch = new ArrayList<>(queue);
            queue.clear();
            return batch;
        }

        /** Events lost because the reader drained too rarely. */
        public synchronized long dropped() {
            return dropped;
        }

        @Override
        public void close() {
            subscriptions.remove(this);
        }
    }
}
