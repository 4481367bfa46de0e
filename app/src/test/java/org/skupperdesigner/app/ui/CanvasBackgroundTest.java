package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.model.network.Network;

/**
 * The canvas's pixels are painted once per frame: its grid layer paints the canvas colour, and nothing between the
 * scene and the canvas paints a background under it (the software renderer fills even transparent backgrounds, and
 * those passes were a third of the render thread's time while panning).
 */
@ExtendWith(ApplicationExtension.class)
class CanvasBackgroundTest {

    private static final Color CANVAS = Color.web("#f6f8fa");

    private DesignerFixture fx;

    @Start
    void start(Stage stage) {
        fx = new DesignerFixture(stage, Network.empty("blank"));
    }

    @Test
    void anEmptyCanvasShowsTheCanvasColourBetweenTheGridDots(FxRobot robot) {
        DesignCanvas canvas = fx.window.canvas();
        robot.interact(() -> {
            canvas.viewport().zoomProperty().set(1);
            canvas.viewport().panXProperty().set(0);
            canvas.viewport().panYProperty().set(0);
        });
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = canvas.snapshot(null, null));
        // grid dots sit on multiples of the grid size; halfway between them is plain canvas
        double half = DesignCanvas.GRID / 2;
        Color between = shot[0].getPixelReader().getColor((int) (2 * DesignCanvas.GRID + half),
                (int) (2 * DesignCanvas.GRID + half));
        assertThat(between.getOpacity()).isEqualTo(1.0);
        assertThat(between.getRed()).isCloseTo(CANVAS.getRed(), Offset.offset(0.01));
        assertThat(between.getGreen()).isCloseTo(CANVAS.getGreen(), Offset.offset(0.01));
        assertThat(between.getBlue()).isCloseTo(CANVAS.getBlue(), Offset.offset(0.01));
    }

    @Test
    void noRegionPaintsABackgroundUnderTheCanvas(FxRobot robot) {
        List<String> painting = new ArrayList<>();
        robot.interact(() -> {
            for (Node n = fx.window.canvas(); n != null; n = n.getParent()) {
                if (n instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
                    painting.add(describe(n));
                }
            }
        });
        assertThat(painting).as("regions filling the canvas area on every frame").isEmpty();
    }

    private static String describe(Node n) {
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + n.getStyleClass();
    }
}
