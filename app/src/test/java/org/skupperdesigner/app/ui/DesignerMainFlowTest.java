package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;

/**
 * The designer's main flow, driven like a user would: two sites from the palette, a link dragged between them, a
 * listener and a connector sharing one routing key typed into the property sheet, the problem fixed from the
 * problems panel, everything undone and redone, saved, reopened and compared.
 */
@ExtendWith(ApplicationExtension.class)
class DesignerMainFlowTest {

    private DesignerFixture fx;

    @Start
    void start(Stage stage) {
        fx = new DesignerFixture(stage, Network.empty("untitled"));
    }

    @Test
    void drawsLinksFixesSavesAndReopensADesign(FxRobot robot) throws Exception {
        robot.clickOn("#palette-site-kubernetes");
        robot.clickOn("#palette-site-kubernetes");
        assertThat(network().sites()).extracting(s -> s.id()).containsExactly("cluster-1", "cluster-2");

        robot.drag(CanvasNodes.linkHandle(robot, "cluster-2"), MouseButton.PRIMARY)
                .dropTo(CanvasNodes.site(robot, "cluster-1"));
        assertThat(network().links()).hasSize(1);
        assertThat(network().links().get(0).fromSite()).isEqualTo("cluster-2");
        assertThat(network().links().get(0).toSite()).isEqualTo("cluster-1");
        assertThat(fx.context.problems().errorsProperty().get()).isEqualTo(1);

        robot.clickOn(CanvasNodes.site(robot, "cluster-1"));
        robot.clickOn("#palette-listener");
        typeInto(robot, "#field-spec-routingKey", "backend");
        robot.clickOn(CanvasNodes.site(robot, "cluster-2"));
        robot.clickOn("#palette-connector");
        typeInto(robot, "#field-spec-routingKey", "backend");
        assertThat(network().site("cluster-1").orElseThrow().resourcesOf(Listener.class))
                .extracting(l -> l.spec().routingKey()).containsExactly("backend");
        assertThat(network().site("cluster-2").orElseThrow().resourcesOf(Connector.class))
                .extracting(c -> c.spec().routingKey()).containsExactly("backend");
        assertThat(fx.context.problems().problems()).hasSize(1);
        assertThat(robot.lookup("#status-errors").queryLabeled().getText()).isEqualTo("1 error");
        assertThat(fx.window.canvas().serviceLineCount()).isEqualTo(1);

        robot.clickOn(".quick-fix");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.context.problems().problems()).isEmpty();
        assertThat(robot.lookup("#status-errors").queryLabeled().getText()).isEqualTo("0 errors");
        Network finished = network();

        while (fx.context.document().canUndoProperty().get()) {
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        }
        assertThat(network().sites()).isEmpty();
        assertThat(fx.window.canvas().cardCount()).isZero();
        while (fx.context.document().canRedoProperty().get()) {
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT,
                    KeyCode.CONTROL);
        }
        assertThat(network()).isEqualTo(finished);

        Path file = fx.home.resolve("flow.skupper-design.yaml");
        robot.interact(() -> fx.window.actions().files().saveTo(file));
        assertThat(fx.context.document().isDirty()).isFalse();
        robot.interact(() -> fx.window.actions().files().newDesign());
        assertThat(network().sites()).isEmpty();
        robot.interact(() -> fx.window.actions().files().openPath(file));
        assertThat(network()).isEqualTo(finished);
        assertThat(fx.window.canvas().cardCount()).isEqualTo(2);
        assertThat(fx.context.document().isDirty()).isFalse();
    }

    private void typeInto(FxRobot robot, String query, String text) {
        robot.doubleClickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    private Network network() {
        WaitForAsyncUtils.waitForFxEvents();
        return fx.context.document().network();
    }
}
