package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.FxReads.fx;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.app.ui.palette.DesignTemplate;

/**
 * The minimap's drop shadow is cast by a cached node of its own under the minimap. On the minimap itself the
 * shadow was filtered again each time the overview was redrawn, which is every frame while the view reaches past
 * the design (a third of the render thread's time on a small design while zooming out).
 */
@ExtendWith(ApplicationExtension.class)
class MinimapShadowTest {

    private DesignerFixture fx;

    @Start
    void start(Stage stage) {
        fx = new DesignerFixture(stage, DesignTemplate.HELLO_WORLD.build());
    }

    @Test
    void theShadowIsACachedNodeUnderTheMinimapNotAnEffectOnIt(FxRobot robot) {
        DesignCanvas canvas = fx.window.canvas();
        robot.interact(() -> canvas.viewport().zoomAt(0.3, 100, 100));
        Region minimap = fx(robot, () -> (Region) canvas.lookup("#minimap"));
        Region shadow = fx(robot, () -> (Region) canvas.lookup(".minimap-shadow"));

        assertThat(fx(robot, minimap::getEffect)).as("effect on the minimap").isNull();
        assertThat(fx(robot, shadow::getEffect)).isInstanceOf(DropShadow.class);
        assertThat(fx(robot, shadow::isCache)).isTrue();
        assertThat(fx(robot, shadow::getChildrenUnmodifiable)).as("nothing redrawn inside the shadow").isEmpty();
        assertThat(fx(robot, () -> canvas.getChildrenUnmodifiable().indexOf(shadow)))
                .isLessThan(fx(robot, () -> canvas.getChildrenUnmodifiable().indexOf(minimap)));
        Bounds minimapBounds = fx(robot, () -> layoutBounds(minimap));
        assertThat(fx(robot, () -> layoutBounds(shadow))).isEqualTo(minimapBounds);
        assertThat(minimapBounds.getWidth()).isPositive();
    }

    @Test
    void theShadowGoesWithTheMinimapWhenTheDesignIsEmpty(FxRobot robot) {
        Region shadow = fx(robot, () -> (Region) fx.window.canvas().lookup(".minimap-shadow"));
        assertThat(fx(robot, shadow::isVisible)).isTrue();

        robot.interact(() -> fx.window.actions().files().newDesign());

        assertThat(fx(robot, () -> fx.window.canvas().lookup("#minimap").isVisible())).isFalse();
        assertThat(fx(robot, shadow::isVisible)).isFalse();
    }

    private static Bounds layoutBounds(Node n) {
        return new javafx.geometry.BoundingBox(n.getLayoutX(), n.getLayoutY(), n.getLayoutBounds().getWidth(),
                n.getLayoutBounds().getHeight());
    }
}
