package org.skupperdesigner.app.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;

/**
 * Where work runs: {@link #background()} for validation, analysis and layout, and {@link #onUi} - the one place
 * results hop onto the FX thread. Tests use {@link #sameThread()} so everything is deterministic.
 */
public final class UiExecutors implements AutoCloseable {

    private final Executor background;
    private final ExecutorService owned;

    private UiExecutors(Executor background, ExecutorService owned) {
        this.background = background;
        this.owned = owned;
    }

    /** A small daemon pool for the real application. */
    public static UiExecutors pooled() {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "designer-background");
            t.setDaemon(true);
            return t;
        });
        return new UiExecutors(pool, pool);
    }

    /** Runs background work on the calling thread (tests, benchmarks). */
    public static UiExecutors sameThread() {
        return new UiExecutors(Runnable::run, null);
    }

    public Executor background() {
        return background;
    }

    /** Computes {@code work} in the background and hands the result to {@code onUi} on the FX thread. */
    public <T> void submit(Supplier<T> work, Consumer<T> onUi) {
        CompletableFuture.supplyAsync(work, background).whenComplete((result, failure) -> {
            if (failure != null) {
                org.slf4j.LoggerFactory.getLogger(UiExecutors.class).warn("background task failed", failure);
            } else {
                onUi(() -> onUi.accept(result));
            }
        });
    }

    /** Runs on the FX thread: now when already there, otherwise at the next pulse. */
    public static void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
