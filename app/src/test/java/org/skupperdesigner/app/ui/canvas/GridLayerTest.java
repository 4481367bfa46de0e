package org.skupperdesigner.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.FxReads.fx;

import javafx.application.Application;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.selection.SelectionModel;
import org.skupperdesigner.model.network.Network;

/**
 * The grid's dots stay on the world's grid whatever the pan, while a pan only moves the layer (its pixels are
 * copied, not drawn again); a zoom draws them again at the new spacing.
 */
@ExtendWith(ApplicationExtension.class)
class GridLayerTest {

    private static final Color DOT = Color.web("#dbe0e6");
    private static final Color MAJOR = Color.web("#aab4c0");

    private DesignCanvas canvas;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.primerLight());
        canvas = new DesignCanvas(new DocumentModel(Network.empty("blank"), null), new SelectionModel());
        CanvasStages.show(stage, canvas);
    }

    @Test
    void panningMovesTheDotsWithTheWorldWithoutDrawingThemAgain(FxRobot robot) {
        robot.interact(() -> {
            canvas.viewport().zoomProperty().set(1);
            canvas.viewport().panXProperty().set(0);
            canvas.viewport().panYProperty().set(0);
        });
        // the first pan at a zoom draws the larger, movable layer once
        robot.interact(() -> canvas.viewport().panBy(1, 1));
        int before = fx(robot, () -> grid().redraws());

        for (double[] pan : new double[][] {{37, 11}, {-63, 218}, {263.6, 418.5}, {3.4, -0.4}}) {
            robot.interact(() -> {
                canvas.viewport().panXProperty().set(pan[0]);
                canvas.viewport().panYProperty().set(pan[1]);
            });
            WritableImage shot = fx(robot, () -> canvas.snapshot(null, null));
            // world (100, 100) is a major dot, world (120, 100) a minor one, world (110, 110) between dots
            assertColour(shot, screen(pan[0], 100), screen(pan[1], 100), MAJOR);
            assertColour(shot, screen(pan[0], 120), screen(pan[1], 100), DOT);
            assertColour(shot, screen(pan[0], 110), screen(pan[1], 110), GridLayer.BACKGROUND);
        }

        assertThat(fx(robot, () -> grid().redraws())).as("redraws while panning").isEqualTo(before);
    }

    @Test
    void zoomingDrawsTheDotsAgainAtTheNewSpacing(FxRobot robot) {
        robot.interact(() -> canvas.viewport().zoomProperty().set(1));
        int before = fx(robot, () -> grid().redraws());

        robot.interact(() -> {
            canvas.viewport().zoomProperty().set(2);
            canvas.viewport().panXProperty().set(0);
            canvas.viewport().panYProperty().set(0);
        });

        assertThat(fx(robot, () -> grid().redraws())).isGreaterThan(before);
        WritableImage shot = fx(robot, () -> canvas.snapshot(null, null));
        // at 200 % world (20, 0) is 40 px to the right: a dot; 20 px is halfway between dots
        assertColour(shot, 40, 40, DOT);
        assertColour(shot, 20, 20, GridLayer.BACKGROUND);
    }

    @Test
    void theDotSpacingDoublesUntilTheDotsAreNotCrowded() {
        assertThat(GridLayer.stepFor(20, 1)).isEqualTo(20);
        assertThat(GridLayer.stepFor(20, 0.5)).isEqualTo(20);
        assertThat(GridLayer.stepFor(20, 0.25)).isEqualTo(20);
        assertThat(GridLayer.stepFor(20, 0.6)).isEqualTo(24);
    }

    private GridLayer grid() {
        return (GridLayer) canvas.getChildrenUnmodifiable().stream().filter(GridLayer.class::isInstance).findFirst()
                .orElseThrow();
    }

    /** The screen pixel of a world coordinate at 100 %: the world is drawn at the pan rounded to whole pixels. */
    private static int screen(double pan, double world) {
        return (int) (Math.rint(pan) + world);
    }

    private static void assertColour(WritableImage shot, int x, int y, Color expected) {
        // a dot covers the 2 × 2 pixels up and left of its grid point: sample the one up-left
        boolean dot = !expected.equals(GridLayer.BACKGROUND);
        Color c = shot.getPixelReader().getColor(dot ? x - 1 : x, dot ? y - 1 : y);
        assertThat(c.getRed()).as("red at %d,%d", x, y).isCloseTo(expected.getRed(), Offset.offset(0.02));
        assertThat(c.getGreen()).as("green at %d,%d", x, y).isCloseTo(expected.getGreen(), Offset.offset(0.02));
        assertThat(c.getBlue()).as("blue at %d,%d", x, y).isCloseTo(expected.getBlue(), Offset.offset(0.02));
    }
}
