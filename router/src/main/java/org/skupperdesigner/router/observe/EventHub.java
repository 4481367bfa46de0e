package org.skupperdesigner.router.observe;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans router events out to subscribers without ever blocking the publisher (an event loop): each
 * subscription has a bounded queue drained on an executor; when a slow subscriber's queue is full, its
 * events are dropped and counted rather than slowing the data path.
 */
public final class EventHub implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final int queueCapacity;
    private final Executor sharedExecutor;
    private final String threadName;
    private final AtomicLong dropped = new AtomicLong();
    private ExecutorService ownExecutor;

    /** @param sharedExecutor executor to deliver on, or null to create one thread lazily (closed with the hub) */
    public EventHub(Executor sharedExecutor, int queueCapacity, String threadName) {
        this.sharedExecutor = sharedExecutor;
        this.queueCapacity = queueCapacity;
        this.threadName = threadName;
    }

    public boolean hasSubscribers() {
        return !subscriptions.isEmpty();
    }

    public AutoCloseable subscribe(RouterEventListener listener) {
        Subscription subscription = new Subscription(Objects.requireNonNull(listener), executor());
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    /** Never blocks. */
    public void publish(RouterEvent event) {
        for (Subscription subscription : subscriptions) {
            subscription.offer(event);
        }
    }

    /** Events dropped because a subscriber could not keep up. */
    public long droppedEvents() {
        return dropped.get();
    }

    private synchronized Executor executor() {
        if (sharedExecutor != null) {
            return sharedExecutor;
        }
        if (ownExecutor == null) {
            ownExecutor = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, threadName);
                thread.setDaemon(true);
                return thread;
            });
        }
        return ownExecutor;
    }

    @Override
    public void close() {
        subscriptions.clear();
        ExecutorService executor;
        synchronized (this) {
            executor = ownExecutor;
            ownExecutor = null;
        }
        if (executor != null) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    private final class Subscription implements Runnable {
        private final RouterEventListener listener;
        private final Executor executor;
        private final ArrayBlockingQueue<RouterEvent> queue = new ArrayBlockingQueue<>(queueCapacity);
        private final AtomicBoolean scheduled = new AtomicBoolean();

        Subscription(RouterEventListener listener, Executor executor) {
            this.listener = listener;
            this.executor = executor;
        }

        void offer(RouterEvent event) {
            if (!queue.offer(event)) {
                dropped.incrementAndGet();
            }
            schedule();
        }

        private void schedule() {
            if (scheduled.compareAndSet(false, true)) {
                try {
                    executor.execute(this);
                } catch (RuntimeException rejected) {
                    scheduled.set(false); // executor shut down: the hub is closing
                }
            }
        }

        @Override
        public void run() {
            RouterEvent event;
            int budget = 1024; // yield a shared executor now and then
            while (budget-- > 0 && (event = queue.poll()) != null) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    LOG.warn("router event listener failed on {}", event, e);
                }
            }
            scheduled.set(false);
            if (!queue.isEmpty() && subscriptions.contains(this)) {
                schedule();
            }
        }
    }
}
