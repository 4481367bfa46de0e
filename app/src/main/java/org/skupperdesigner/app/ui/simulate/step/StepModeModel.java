package org.skupperdesigner.app.ui.simulate.step;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.skupperdesigner.app.ui.simulate.SimulatedListeners;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.simulator.trace.Trace;

/**
 * Step mode's state, free of controls: the listeners to pick from, the chosen one, whether a trace is under way, a
 * message for the user, and the cursor over the traced connection. The trace runs elsewhere ({@link Tracer}); its
 * one result comes back through {@code ui} (the JavaFX thread in the app, the calling thread in tests).
 */
public final class StepModeModel {

    /** Sends one connection through a listener and follows it (off the UI thread). */
    @FunctionalInterface
    public interface Tracer {
        CompletableFuture<Trace> trace(String listenerId);
    }

    private final Tracer tracer;
    private final Executor ui;
    private final ObservableList<String> listeners = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedListener = new SimpleObjectProperty<>(this, "selectedListener");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty message = new SimpleStringProperty(this, "message",
            "Start the simulation, pick a listener and send one connection.");
    private final ObjectProperty<TraceCursor> cursor = new SimpleObjectProperty<>(this, "cursor");
    private final BooleanProperty problem = new SimpleBooleanProperty(this, "problem");
    private Network network = Network.empty("none");
    // results of a trace sent before the last clear() are stale and dropped
    private long generation;

    public StepModeModel(Tracer tracer, Executor ui) {
        this.tracer = tracer;
        this.ui = ui;
    }

    /** Takes the listeners of the design that runs; keeps the choice when it still exists. */
    public void setNetwork(Network newNetwork) {
        network = newNetwork;
        List<String> ids = newNetwork.sites().stream().flatMap(StepModeModel::listenerIds).toList();
        String chosen = selectedListener.get();
        listeners.setAll(ids);
        selectedListener.set(ids.contains(chosen) ? chosen : ids.isEmpty() ? null : ids.get(0));
    }

    private static java.util.stream.Stream<String> listenerIds(NetworkSite site) {
        return SimulatedListeners.ids(site);
    }

    /** Sends one connection through the chosen listener; the result replaces the current trace. */
    public void send() {
        String listenerId = selectedListener.get();
        if (busy.get()) {
            return;
        }
        if (listenerId == null) {
            problem.set(true);
            message.set(listeners.isEmpty() ? "This design has no listener: add one to a site to trace a connection."
                    : "Pick a listener first.");
            return;
        }
        long mine = ++generation;
        busy.set(true);
        problem.set(false);
        cursor.set(null);
        message.set("Sending one connection through " + listenerId + "…");
        CompletableFuture<Trace> future;
        try {
            future = tracer.trace(listenerId);
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        future.whenComplete((trace, error) -> ui.execute(() -> finish(mine, listenerId, trace, error)));
    }

    private void finish(long sent, String listenerId, Trace trace, Throwable error) {
        if (sent != generation) {
            return;
        }
        busy.set(false);
        if (error != null) {
            problem.set(true);
            message.set(failure(listenerId, error));
            return;
        }
        TracedConnection connection = TraceReader.read(trace, network);
        problem.set(connection.problem() != null);
        cursor.set(TraceCursor.start(connection));
        message.set(connection.problem() != null ? connection.problem() : connection.summary());
    }

    /** Why a trace could not run at all, naming the listener and what to do. */
    static String failure(String listenerId, Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (detail.startsWith("no listener")) {
            return "Listener " + listenerId + " is not in the running simulation (" + detail + "). Stop and start "
                    + "the simulation after editing the design.";
        }
        if (detail.contains("not running") || detail.contains("stopped")) {
            return "The simulation is not running: start it, then send a connection through " + listenerId + ".";
        }
        return "Could not trace " + listenerId + ": " + detail + ". Check the simulation's timeline, then send again.";
    }

    public void forward() {
        move(cursor.get() == null ? null : cursor.get().forward());
    }

    public void back() {
        move(cursor.get() == null ? null : cursor.get().back());
    }

    public void first() {
        move(cursor.get() == null ? null : cursor.get().at(0));
    }

    public void last() {
        move(cursor.get() == null ? null : cursor.get().last());
    }

    /** Jumps to a hop (clamped). */
    public void goTo(int hop) {
        move(cursor.get() == null ? null : cursor.get().at(hop));
    }

    private void move(TraceCursor next) {
        if (next != null) {
            cursor.set(next);
        }
    }

    /** Forgets the trace (the simulation stopped); a trace still under way is ignored when it ends. */
    public void clear() {
        generation++;
        busy.set(false);
        problem.set(false);
        cursor.set(null);
        message.set("Start the simulation, pick a listener and send one connection.");
    }

    public ObservableList<String> listeners() {
        return listeners;
    }

    public ObjectProperty<String> selectedListenerProperty() {
        return selectedListener;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** True while the message reports something that went wrong (a trace that failed or was not served). */
    public BooleanProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<TraceCursor> cursorProperty() {
        return cursor;
    }
}
