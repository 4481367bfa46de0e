package org.skupperdesigner.app.ui.simulate.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.simulator.trace.Trace;

/** The view-model without a stage: results come back on the calling thread. */
class StepModeModelTest {

    private final List<String> traced = new ArrayList<>();
    private CompletableFuture<Trace> next = new CompletableFuture<>();
    private final StepModeModel model = new StepModeModel(id -> {
        traced.add(id);
        return next;
    }, Runnable::run);

    @Test
    void offersTheDesignsListenersAndSendsThroughTheChosenOne() {
        model.setNetwork(Traces.helloWorld());
        assertThat(model.listeners()).containsExactly("west/backend");
        assertThat(model.selectedListenerProperty().get()).isEqualTo("west/backend");

        model.send();
        assertThat(traced).containsExactly("west/backend");
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("Sending one connection through west/backend…");

        next.complete(Traces.served());
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.cursorProperty().get().index()).isZero();
        assertThat(model.messageProperty().get()).contains("total cost 1");
        assertThat(model.problemProperty().get()).isFalse();

        model.forward();
        model.forward();
        model.forward();
        assertThat(model.cursorProperty().get().current().title()).isEqualTo("Routed over link east-to-west (cost 1)");
        model.back();
        model.back();
        model.back();
        assertThat(model.cursorProperty().get().index()).isZero();
        model.back();
        assertThat(model.cursorProperty().get().index()).isZero();
    }

    @Test
    void aTraceThatCannotRunSaysWhyAndWhatToDo() {
        model.setNetwork(Traces.helloWorld());
        model.send();
        next.completeExceptionally(new IllegalStateException("the simulation is not running"));
        assertThat(model.cursorProperty().get()).isNull();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get())
                .isEqualTo("The simulation is not running: start it, then send a connection through west/backend.");
        assertThat(model.problemProperty().get()).isTrue();

        next = CompletableFuture.failedFuture(new IllegalArgumentException("no listener west/backend"));
        model.send();
        assertThat(model.messageProperty().get()).startsWith("Listener west/backend is not in the running simulation");
    }

    @Test
    void anUnmatchedListenerIsReportedAsAProblemWithItsHops() {
        model.setNetwork(Traces.helloWorld());
        model.send();
        next.complete(Traces.refused("west/backend", "west/Listener/backend"));
        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).startsWith("Listener west/backend is unmatched: no connector for "
                + "routing key 'backend'");
        assertThat(model.cursorProperty().get().connection().hops()).hasSize(2);
    }

    @Test
    void aResultArrivingAfterClearIsDropped() {
        model.setNetwork(Traces.helloWorld());
        model.send();
        model.clear();
        next.complete(Traces.served());
        assertThat(model.cursorProperty().get()).isNull();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void withoutListenersSendExplainsWhatIsMissing() {
        model.setNetwork(org.skupperdesigner.model.network.Network.empty("empty"));
        model.send();
        assertThat(traced).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(
                "This design has no listener: add one to a site to trace a connection.");
    }
}
