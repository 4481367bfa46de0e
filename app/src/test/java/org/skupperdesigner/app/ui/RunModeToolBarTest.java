package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.simulator.SimulationOptions;

/**
 * In run mode the toolbar fits at 1280 px and at the minimum window width (900 px): the editing tools make way,
 * Stop, the live badge, Apply and the find field all sit inside the bar without overlapping, and nothing falls into
 * the overflow menu. Stopping brings the editing tools back.
 */
@ExtendWith(ApplicationExtension.class)
class RunModeToolBarTest {

    private DesignerFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new DesignerFixture(stage, NetworkLoader.load(List.of(TestWindows.examples()
                .resolve("hello-world.skupper-design.yaml"))).network());
        fixture.window.simulation().optionsProperty().set(SimulationOptions.fast());
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> fixture.window.simulation().close());
    }

    @Test
    void runModeToolbarFitsAt1280AndAtTheMinimumWidth(FxRobot robot) {
        robot.interact(() -> fixture.window.simulation().start());
        for (double width : new double[] {1280, 900}) {
            robot.interact(() -> stage.setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                ToolBar bar = (ToolBar) stage.getScene().lookup("#toolbar");
                assertThat(bar.getWidth()).isLessThanOrEqualTo(width);
                for (String id : List.of("#toolbar-simulate", "#toolbar-sim-live", "#toolbar-apply", "#find-field",
                        "#toolbar-export", "#toolbar-zoom-in")) {
                    Node node = stage.getScene().lookup(id);
                    assertThat(node).as(id + " at " + width + " px is in the bar, not the overflow").isNotNull();
                    Bounds b = node.localToScene(node.getBoundsInLocal());
                    assertThat(b.getMaxX()).as(id + " right edge at " + width + " px").isLessThanOrEqualTo(width);
                    assertThat(b.getWidth()).as(id + " width").isGreaterThan(10);
                }
                // slack for wider fonts than the headless ones: the find field is not squeezed to its minimum
                assertThat(stage.getScene().lookup("#find-field").getLayoutBounds().getWidth())
                        .isGreaterThanOrEqualTo(DesignerToolBar.FIND_MIN + 30);
                assertThat(((Button) stage.getScene().lookup("#toolbar-simulate")).getText()).isEqualTo("Stop");
                assertThat(stage.getScene().lookup("#toolbar-simulate").getStyleClass()).contains("running");
                assertThat(stage.getScene().lookup("#toolbar-delete").isVisible()).isFalse();
                assertThat(stage.getScene().lookup("#toolbar-undo").isManaged()).isFalse();
                assertThat(overlaps(bar)).as("overlapping toolbar items at " + width + " px").isEmpty();
            });
        }
        robot.interact(() -> fixture.window.simulation().stop());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(stage.getScene().lookup("#toolbar-delete").isVisible()).isTrue();
            assertThat(stage.getScene().lookup("#toolbar-sim-live").isVisible()).isFalse();
            assertThat(((Button) stage.getScene().lookup("#toolbar-simulate")).getText()).isEqualTo("Simulate");
        });
    }

    /** Pairs of shown items whose boxes overlap horizontally. */
    private static List<String> overlaps(ToolBar bar) {
        List<Node> shown = bar.getItems().stream().filter(n -> n.isManaged() && n.isVisible() && n.getScene() != null
                && n.getLayoutBounds().getWidth() > 0).toList();
        List<String> out = new ArrayList<>();
        for (int i = 1; i < shown.size(); i++) {
            Bounds a = shown.get(i - 1).localToScene(shown.get(i - 1).getBoundsInLocal());
            Bounds b = shown.get(i).localToScene(shown.get(i).getBoundsInLocal());
            if (a.getMaxX() > b.getMinX() + 0.5) {
                out.add(shown.get(i - 1).getId() + " / " + shown.get(i).getId());
            }
        }
        return out;
    }

}
