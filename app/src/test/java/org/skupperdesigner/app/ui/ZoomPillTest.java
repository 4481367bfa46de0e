package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.effect.DropShadow;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.palette.DesignTemplate;

/** The zoom pill in the canvas corner: it follows the zoom, and its shadow is drawn once, not on every zoom step. */
@ExtendWith(ApplicationExtension.class)
class ZoomPillTest {

    private DesignerFixture fx;

    @Start
    void start(Stage stage) {
        fx = new DesignerFixture(stage, DesignTemplate.HELLO_WORLD.build());
    }

    @Test
    void thePillShowsTheZoomAndItsShadowIsACachedNodeBehindIt(FxRobot robot) {
        robot.interact(() -> fx.window.canvas().resetZoom());
        WaitForAsyncUtils.waitForFxEvents();
        Node pill = robot.lookup(".zoom-pill").query();
        Node shadow = robot.lookup(".zoom-pill-shadow").query();
        Label percent = robot.lookup(".zoom-label").queryAs(Label.class);
        assertThat(percent.getText()).isEqualTo("100%");

        robot.interact(() -> fx.window.canvas().zoomIn());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(percent.getText()).isEqualTo("125%");

        robot.interact(() -> {
            // the percentage changes the pill, which carries no effect; the shadow is a bitmap that does not change
            assertThat(pill.getEffect()).isNull();
            assertThat(shadow.getEffect()).isInstanceOf(DropShadow.class);
            assertThat(shadow.isCache()).isTrue();
            assertThat(shadow.getParent()).isSameAs(pill.getParent());
            assertThat(shadow.getParent().getChildrenUnmodifiable().indexOf(shadow))
                    .isLessThan(pill.getParent().getChildrenUnmodifiable().indexOf(pill));
            assertThat(shadow.getLayoutBounds()).isEqualTo(pill.getLayoutBounds());
        });
    }
}
