package org.skupperdesigner.app.ui.simulate.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.FxReads.fx;

import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.TestWindows;
import org.skupperdesigner.app.ui.canvas.CanvasHighlight;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.simulator.trace.TraceStep.Kind;

/**
 * Step mode on hello-world (plus a listener nobody serves), driven like a user: start the simulation, send one
 * connection through west/backend, step forward to the connector hop and back to the first with the buttons and
 * Alt+arrows, checking the hop text and what the canvas emphasises at each step; then trace the unmatched listener.
 */
@ExtendWith(ApplicationExtension.class)
class StepModeTest {

    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Network hello = Traces.helloWorld().updateSite("west", s -> s.withResource(new Listener(
                ObjectMeta.named("orphan"), ListenerSpec.of("nobody", "orphan", 9090))));
        window = TestWindows.showForSimulation(stage, TestWindows.context(hello), 1280, 800);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> window.simulation().close());
    }

    @Test
    void stepsForwardToTheConnectorAndBackWithThePathHighlighted(FxRobot robot) throws Exception {
        StepModeView view = robot.lookup("#step-mode").queryAs(StepModeView.class);
        StepModeModel model = view.model();
        // the section sits below the others in the scrolling panel: scroll to it as a user would
        robot.interact(view::reveal);
        assertThat(robot.lookup("#step-send").queryButton().isDisabled()).isTrue();
        robot.clickOn("#toolbar-simulate");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            var l = window.simulation().live().listener("west/backend");
            return l != null && l.open();
        });
        robot.interact(() -> model.selectedListenerProperty().set("west/backend"));
        robot.clickOn("#step-send");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(robot, () -> model.cursorProperty().get() != null));

        // hop 1: the client connects at west; the whole path and its cost are on the canvas
        assertThat(text(robot, "#step-position")).isEqualTo("Hop 1 of " + hopCount(robot, model));
        String firstTitle = text(robot, "#step-hop-title");
        assertThat(firstTitle).isEqualTo("1. Client connects to listener backend");
        assertThat(text(robot, "#step-hop-where")).isEqualTo("client → router west");
        assertThat(text(robot, "#step-hop-time")).isEqualTo("+0.00 ms");
        assertThat(text(robot, "#step-message")).isEqualTo(
                "west/backend → east/backend · path west → east · total cost 1 · ok");
        assertThat(text(robot, "#step-total-cost")).isEqualTo("path west → east · total cost 1");
        CanvasHighlight highlight = fx(robot, () -> window.canvas().highlightProperty().get());
        assertThat(highlight.emphasized()).contains("site/west", "site/east", "link/east-to-west",
                "west/Listener/backend", "east/Connector/backend");
        assertThat(highlight.title()).startsWith("Trace of west/backend · west → east · total cost 1 · Hop 1 of");
        assertThat(robot.lookup("#step-current-site-west").tryQuery()).isPresent();
        assertThat(robot.lookup("#step-back").queryButton().isDisabled()).isTrue();

        // forward to the link hop, then the connector hop
        javafx.geometry.Bounds forward = fx(robot, () -> robot.lookup("#step-forward").query()
                .localToScene(robot.lookup("#step-forward").query().getBoundsInLocal()));
        assertThat(forward.getMaxY()).as("Forward is scrolled into view when the trace arrives").isLessThan(800);
        Kind kind = Kind.CLIENT_CONNECT;
        int hops = hopCount(robot, model);
        int expected = 1;
        while (kind != Kind.LINK_HOP) {
            robot.clickOn("#step-forward");
            kind = current(robot, model);
            expected++;
            assertStepShown(robot, model, expected, hops);
        }
        assertThat(text(robot, "#step-hop-title")).endsWith("Routed over link east-to-west (cost 1)");
        assertThat(text(robot, "#step-hop-where")).isEqualTo("west → east");
        assertThat(robot.lookup("#step-current-link-east-to-west").tryQuery()).isPresent();
        assertThat(robot.lookup("#step-current-site-west").tryQuery()).isEmpty();
        int linkHop = fx(robot, () -> model.cursorProperty().get().index());

        robot.clickOn("#step-forward");
        assertThat(current(robot, model)).isEqualTo(Kind.CONNECTOR_CONNECT);
        assertThat(text(robot, "#step-hop-title")).isEqualTo((linkHop + 2) + ". Delivered to connector backend at east");
        assertThat(text(robot, "#step-hop-where")).isEqualTo("router east");
        assertThat(text(robot, "#step-hop-detail")).contains("connects connector east/backend");
        assertThat(robot.lookup("#step-current-site-east").tryQuery()).isPresent();
        assertThat(fx(robot, () -> window.canvas().highlightProperty().get().emphasized()))
                .contains("east/Connector/backend", "site/east", "link/east-to-west");

        // back with the keyboard one hop, then with the button to the first hop: exactly where we started
        robot.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(current(robot, model)).isEqualTo(Kind.LINK_HOP);
        assertThat(robot.lookup("#step-current-link-east-to-west").tryQuery()).isPresent();
        int back = fx(robot, () -> model.cursorProperty().get().index()) + 1;
        while (!fx(robot, () -> lookupButton(robot, "#step-back").isDisabled())) {
            robot.clickOn("#step-back");
            back--;
            assertStepShown(robot, model, back, hops);
        }
        assertThat(fx(robot, () -> model.cursorProperty().get().index())).isZero();
        assertThat(text(robot, "#step-hop-title")).isEqualTo(firstTitle);
        assertThat(robot.lookup("#step-current-site-west").tryQuery()).isPresent();
        assertThat(robot.lookup("#step-current-link-east-to-west").tryQuery()).isEmpty();

        // the unmatched listener: a clear message and no path
        robot.interact(() -> model.selectedListenerProperty().set("west/orphan"));
        robot.clickOn("#step-send");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(robot, () -> model.cursorProperty().get() != null));
        assertThat(text(robot, "#step-message")).startsWith("Listener west/orphan is unmatched: no connector for "
                + "routing key 'nobody' is reachable from west").contains("Add a connector with routing key 'nobody'");
        assertThat(robot.lookup("#step-message").queryAs(Label.class).getStyleClass()).contains("problem");
        assertThat(robot.lookup("#step-total-cost").tryQuery()).isEmpty();
        robot.interact(() -> model.last());
        assertThat(current(robot, model)).isEqualTo(Kind.FAILURE);

        // stopping the simulation clears the trace and the canvas
        robot.clickOn("#toolbar-simulate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(robot, () -> model.cursorProperty().get())).isNull();
        assertThat(fx(robot, () -> window.canvas().highlightProperty().get())).isEqualTo(CanvasHighlight.NONE);
    }

    /** The panel and the canvas agree on the hop shown: position, numbered title, banner, path still emphasised. */
    private void assertStepShown(FxRobot robot, StepModeModel model, int number, int hops) {
        assertThat(text(robot, "#step-position")).isEqualTo("Hop " + number + " of " + hops);
        String title = fx(robot, () -> model.cursorProperty().get().current().title());
        assertThat(text(robot, "#step-hop-title")).isEqualTo(number + ". " + title);
        CanvasHighlight h = fx(robot, () -> window.canvas().highlightProperty().get());
        assertThat(h.title()).endsWith("Hop " + number + " of " + hops + ": " + title);
        assertThat(h.emphasized()).contains("site/west", "site/east", "link/east-to-west");
    }

    private static Kind current(FxRobot robot, StepModeModel model) {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(robot, () -> model.cursorProperty().get().current().kind());
    }

    private static int hopCount(FxRobot robot, StepModeModel model) {
        return fx(robot, () -> model.cursorProperty().get().connection().hops().size());
    }

    private static Button lookupButton(FxRobot robot, String query) {
        return robot.lookup(query).queryButton();
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(robot, () -> {
            Node node = robot.lookup(query).tryQuery().orElse(null);
            return node instanceof Label l ? l.getText() : "";
        });
    }
}
