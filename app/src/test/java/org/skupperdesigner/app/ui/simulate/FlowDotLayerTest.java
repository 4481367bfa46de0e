package org.skupperdesigner.app.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The flow dots are painted on one canvas: one dot per leg under way, where the leg has got to, in its colour. */
@ExtendWith(ApplicationExtension.class)
class FlowDotLayerTest {

    private final Group root = new Group();

    @Start
    void start(Stage stage) {
        org.skupperdesigner.app.ui.TestWindows.putOnStage(stage, new Scene(root, 400, 300, Color.WHITE));
    }

    @Test
    void paintsOneDotPerMovingLegAndNothingOnceTheyArrived(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            FlowDotLayer dots = new FlowDotLayer();
            root.getChildren().add(dots.node());
            dots.cover(100, 100, 300, 200, 1);
            dots.launch(new Point2D(100, 100), new Point2D(300, 100), 0, false);   // first hop of a request
            dots.launch(new Point2D(300, 200), new Point2D(100, 200), 0, true);    // an answer on its way back
            dots.launch(new Point2D(100, 150), new Point2D(300, 150), 1, false);   // waits for the hop before it

            dots.advance(0.35); // half a dot-time

            assertThat(dots.count()).isEqualTo(3);
            assertThat(dots.drawnLastFrame()).isEqualTo(2);
            assertThat(dots.positions()).containsExactlyInAnyOrder(new Point2D(200, 100), new Point2D(200, 200));
            WritableImage image = root.getScene().snapshot(null);
            assertThat(pixel(image, 200, 100)).isEqualTo(FlowDotLayer.REQUEST);
            assertThat(pixel(image, 200, 200)).isEqualTo(FlowDotLayer.ANSWER);
            assertThat(pixel(image, 200, 150)).isEqualTo(Color.WHITE); // the waiting dot is not shown yet

            dots.advance(0.7); // the first two arrived, the third is now half-way
            assertThat(dots.count()).isEqualTo(1);
            assertThat(dots.drawnLastFrame()).isEqualTo(1);
            image = root.getScene().snapshot(null);
            assertThat(pixel(image, 200, 100)).isEqualTo(Color.WHITE);
            assertThat(pixel(image, 200, 150)).isEqualTo(FlowDotLayer.REQUEST);

            dots.advance(1);
            assertThat(dots.count()).isZero();
            assertThat(dots.drawnLastFrame()).isZero();
            assertThat(pixel(root.getScene().snapshot(null), 200, 150)).isEqualTo(Color.WHITE);
        });
    }

    @Test
    void staysSharpWhenZoomedInByPaintingAtTheZoom(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            FlowDotLayer dots = new FlowDotLayer();
            root.getChildren().add(dots.node());
            dots.cover(0, 0, 100, 50, 2);
            // twice the pixels, shown at world size
            assertThat(dots.node().getWidth()).isGreaterThanOrEqualTo(200);
            assertThat(dots.node().getBoundsInParent().getWidth()).isLessThan(120);
            dots.launch(new Point2D(0, 20), new Point2D(100, 20), 0, false);
            dots.advance(0.35);
            assertThat(pixel(root.getScene().snapshot(null), 50, 20)).isEqualTo(FlowDotLayer.REQUEST);
        });
    }

    /** A pixel, rounded to 8 bits a channel like the colours it is compared with. */
    private static Color pixel(WritableImage image, int x, int y) {
        Color c = image.getPixelReader().getColor(x, y);
        return Color.rgb((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }

    @Test
    void aBurstOfFlowsNeverGrowsPastTheCap(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            FlowDotLayer dots = new FlowDotLayer();
            for (int i = 0; i < FlowDotLayer.MAX_DOTS + 5; i++) {
                dots.launch(new Point2D(0, 0), new Point2D(10, 0), 0, false);
            }
            // bounded: a burst of flows never grows past the cap
            assertThat(dots.count()).isEqualTo(FlowDotLayer.MAX_DOTS);
            assertThat(dots.paths()).allSatisfy(p -> assertThat(p.answer()).isFalse());
            assertThat(List.copyOf(dots.paths())).hasSize(FlowDotLayer.MAX_DOTS);
        });
    }
}
