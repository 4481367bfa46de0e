package org.skupperdesigner.app.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.FxReads.fx;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.CanvasNodes;
import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.TestWindows;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.commands.NetworkEdits;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;

/**
 * Simulation mode on hello-world, driven like a user: Simulate, traffic counted on the link, right-click the link
 * and cut it (the listener goes unmatched), restore it (it opens again), editing locked throughout; and the bundled
 * failover scenario run from the window, passing.
 */
@ExtendWith(ApplicationExtension.class)
class SimulationModeTest {

    private static final Path EXAMPLES = TestWindows.examples();

    private DesignerWindow window;
    private DesignerContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = TestWindows.context(TestWindows.helloWorld());
        window = TestWindows.showForSimulation(stage, context, 1280, 800);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> window.simulation().close());
    }

    @Test
    void trafficOnTheLinkThenCutUnmatchesTheListenerAndRestoreRecovers(FxRobot robot) throws Exception {
        robot.clickOn("#toolbar-simulate");
        assertThat(context.document().lockedProperty().get()).isTrue();
        assertThat(window.canvas().runModeProperty().get()).isTrue();
        Network before = context.document().network();
        robot.interact(() -> context.document().apply(NetworkEdits.addSite(Platform.LINUX, new Position(0, 0))));
        assertThat(context.document().network()).isEqualTo(before);

        LiveNetwork[] live = {null};
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            live[0] = window.simulation().live();
            LiveNetwork.LinkLive link = live[0].link("east-to-west");
            LiveNetwork.ListenerLive listener = live[0].listener("west/backend");
            return link != null && link.bytes() > 0 && listener != null && listener.open()
                    && listener.requests() > 0;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label(robot, "#sim-link-label-east-to-west")
                .contains("open"));
        assertThat(label(robot, "#sim-listener-west-backend")).contains("127.0.0.1:");

        rightClickLink(robot);
        robot.clickOn("Cut Link");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            LiveNetwork.ListenerLive l = window.simulation().live().listener("west/backend");
            return l != null && !l.open();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label(robot, "#sim-listener-west-backend")
                .contains("unmatched"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label(robot, "#sim-link-label-east-to-west")
                .startsWith("down"));

        rightClickLink(robot);
        robot.clickOn("Restore Link");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            LiveNetwork.ListenerLive l = window.simulation().live().listener("west/backend");
            LiveNetwork.LinkLive k = window.simulation().live().link("east-to-west");
            return l != null && l.open() && k != null && k.health() == LiveNetwork.Health.UP;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label(robot, "#sim-listener-west-backend")
                .contains("127.0.0.1:"));

        robot.clickOn("#toolbar-simulate");
        assertThat(context.document().lockedProperty().get()).isFalse();
        assertThat(window.canvas().runModeProperty().get()).isFalse();
    }

    @Test
    void openingAnotherDesignStopsTheSimulationAndUnlocksEditing(FxRobot robot) throws Exception {
        robot.clickOn("#toolbar-simulate");
        assertThat(window.simulation().runningProperty().get()).isTrue();

        robot.interact(() -> context.document().replaceDocument(Network.empty("another"), null));

        assertThat(window.simulation().runningProperty().get()).isFalse();
        assertThat(window.simulation().statusProperty().get()).contains("another design");
        assertThat(context.document().lockedProperty().get()).isFalse();
        assertThat(window.canvas().runModeProperty().get()).isFalse();
        boolean[] edited = {false};
        robot.interact(() -> edited[0] = context.document().apply(
                NetworkEdits.addSite(Platform.LINUX, new Position(0, 0))));
        assertThat(edited[0]).as("editing works again").isTrue();
    }

    @Test
    void simulateWaitsWhileTheFirstDesignIsStillBeingRead(FxRobot robot) {
        DocumentModel.Lock reading = fx(robot, () -> context.document().lock("reading the first design"));

        assertThat(robot.lookup("#toolbar-simulate").queryButton().isDisabled()).isTrue();
        robot.interact(() -> window.simulation().start()); // F5 or the menu while the design is read
        assertThat(window.simulation().runningProperty().get()).isFalse();

        robot.interact(reading::release);
        assertThat(robot.lookup("#toolbar-simulate").queryButton().isDisabled()).isFalse();
        robot.clickOn("#toolbar-simulate");
        assertThat(window.simulation().runningProperty().get()).isTrue();
        assertThat(robot.lookup("#toolbar-simulate").queryButton().isDisabled()).as("Stop stays available").isFalse();
    }

    @Test
    void theBundledFailoverScenarioRunsFromTheWindowAndPasses(FxRobot robot) throws Exception {
        robot.interact(() -> window.simulation().runScenario(EXAMPLES.resolve("scenarios/failover.scenario.yaml")));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.simulation().scenarioPassedProperty().get()
                != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.simulation().scenarioPassedProperty().get())
                .as(window.simulation().scenarioStatusProperty().get() + " " + window.simulation().expectations())
                .isTrue();
        assertThat(window.simulation().expectations()).hasSize(6).allMatch(e -> e.passed());
        assertThat(window.simulation().scenarioProgressProperty().get()).isEqualTo(1.0);
        assertThat(window.simulation().reportFileProperty().get()).exists()
                .as("kept with the designer's files, not in a temporary folder")
                .startsWith(context.home().reportsDir());
        assertThat(label(robot, "#scenario-status")).startsWith("PASSED");
    }

    /** Right-click selects the link; Monocle does not synthesise the context-menu request, so it is fired here. */
    private void rightClickLink(FxRobot robot) {
        robot.rightClickOn(CanvasNodes.link(robot, "east-to-west"));
        javafx.geometry.Point2D p = robot.point(CanvasNodes.link(robot, "east-to-west")).query();
        robot.interact(() -> window.canvas().fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 0, 0, p.getX(), p.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

}
