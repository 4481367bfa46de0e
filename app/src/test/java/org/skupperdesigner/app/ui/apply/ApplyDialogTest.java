package org.skupperdesigner.app.ui.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
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

import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.ScratchDirectories;
import org.skupperdesigner.app.ui.TestWindows;
import org.skupperdesigner.exporters.kube.ApplyOptions;
import org.skupperdesigner.exporters.testing.ThreeClusters;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Position;

/**
 * The Apply dialog against three mock clusters with the fake Skupper controller (the exporters' fixture): a
 * kubeconfig file with three contexts, Check & Plan, Apply, every step done and every site marked Ready on the canvas.
 */
@ExtendWith(ApplicationExtension.class)
class ApplyDialogTest {

    private ThreeClusters clusters;
    private DesignerWindow window;
    private Path kubeconfig;

    @Start
    void start(Stage stage) throws Exception {
        Path home = ScratchDirectories.create("apply-test");
        clusters = new ThreeClusters();
        kubeconfig = MockClusterWindows.kubeconfig(home, clusters.all());
        Network design = MockClusterWindows.threeClusterDesign(new Position(100, 100), new Position(500, 60),
                new Position(500, 360));
        window = TestWindows.show(stage, TestWindows.context(design, null, home));
    }

    @AfterEach
    void stop() {
        window.apply().close();
        clusters.close();
    }

    @Test
    void appliesToMockClustersWithProgressAndMarksEverySiteReady(FxRobot robot) throws Exception {
        ApplyController controller = window.apply().controller();
        controller.setOptions(ApplyOptions.defaults().withWaits(Duration.ofSeconds(20), Duration.ofMillis(50)));
        robot.clickOn("#toolbar-apply");
        robot.interact(() -> window.apply().dialog().stage().toFront());
        robot.interact(() -> controller.kubeconfigProperty().set(kubeconfig));
        press(robot, "#apply-plan");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> controller.phaseProperty().get()
                != ApplyController.Phase.PLANNING);
        assertThat(controller.phaseProperty().get()).as(controller.summaryProperty().get())
                .isEqualTo(ApplyController.Phase.PLANNED);
        assertThat(controller.planTextProperty().get()).contains("Plan for network three:")
                .contains("wait for Site west to be Ready");
        assertThat(controller.steps()).isNotEmpty();
        assertThat(controller.executableProperty().get()).as("executable; findings: " + controller.findings())
                .isTrue();

        press(robot, "#apply-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> controller.phaseProperty().get()
                != ApplyController.Phase.APPLYING);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.phaseProperty().get()).as(String.join("\n", controller.log()))
                .isEqualTo(ApplyController.Phase.APPLIED);
        assertThat(controller.steps()).allMatch(r -> r.status() == StepRow.Status.DONE);
        assertThat(controller.progressProperty().get()).isEqualTo(1.0);
        assertThat(controller.log()).anyMatch(l -> l.contains("Applied"));
        for (String site : new String[] {"west", "east", "north"}) {
            Label badge = robot.lookup("#apply-status-" + site).queryAs(Label.class);
            assertThat(badge.getText()).as(site).startsWith("Ready");
            assertThat(badge.isVisible()).isTrue();
        }
        assertThat(clusters.west.get("Listener", "west-ns", "backend")).isNotNull();
    }

    /**
     * Fires the dialog's button (the dialog may sit behind the main window in a headless run). The phase the test
     * waited for is read off the FX thread while the FX thread may still be propagating it to the buttons' disable
     * bindings, so the enabled check runs on the FX thread after pending events.
     */
    private static void press(FxRobot robot, String query) {
        javafx.scene.control.Button button = robot.lookup(query).queryButton();
        WaitForAsyncUtils.waitForFxEvents();
        boolean[] disabled = new boolean[1];
        robot.interact(() -> disabled[0] = button.isDisabled());
        assertThat(disabled[0]).as(query + " enabled").isFalse();
        robot.interact(button::fire);
    }
}
