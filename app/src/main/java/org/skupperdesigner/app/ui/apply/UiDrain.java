package org.skupperdesigner.app.ui.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import javafx.animation.AnimationTimer;

/**
 * The one hop onto the UI thread for the apply: worker threads {@link #post} messages into a concurrent queue and
 * an {@link AnimationTimer} drains everything queued once per pulse, handing the batch to one consumer. Never one
 * {@code runLater} per event.
 */
final class UiDrain<T> implements AutoCloseable {

    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AnimationTimer timer;

    UiDrain(Consumer<List<T>> onBatch) {
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (queue.isEmpty()) {
                    return;
                }
                List<T> batch = new ArrayList<>();
                for (T item = queue.poll(); item != null; item = queue.poll()) {
                    batch.add(item);
                }
                onBatch.accept(batch);
            }
        };
    }

    /** Called on the UI thread. */
    void start() {
        timer.start();
    }

    /** Any thread; never blocks. */
    void post(T item) {
        queue.add(item);
    }

    @Override
    public void close() {
        timer.stop();
    }
}
