package org.skupperdesigner.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point2D;

import org.junit.jupiter.api.Test;

class CanvasViewportTest {

    @Test
    void theDrawnTranslationIsThePanRoundedToWholePixels() {
        CanvasViewport viewport = new CanvasViewport();
        viewport.panBy(10.37, -20.61);

        assertThat(viewport.translate().getX()).isEqualTo(10.0);
        assertThat(viewport.translate().getY()).isEqualTo(-21.0);
        // layers drawn in screen space (grid, sketch) read the same drawn pan
        assertThat(viewport.drawnPanX()).isEqualTo(10.0);
        assertThat(viewport.drawnPanY()).isEqualTo(-21.0);
        // a card at a whole world position lands on a whole screen pixel at 100 %
        Point2D drawn = viewport.translate().transform(viewport.scale().transform(40, 60));
        assertThat(drawn.getX()).isEqualTo(Math.rint(drawn.getX()));
        assertThat(drawn.getY()).isEqualTo(Math.rint(drawn.getY()));
    }

    @Test
    void thePanItselfStaysExactSoSmallStepsAddUp() {
        CanvasViewport viewport = new CanvasViewport();
        for (int i = 0; i < 10; i++) {
            viewport.panBy(0.3, 0);
        }

        assertThat(viewport.panXProperty().get()).isCloseTo(3.0, within(1e-9));
        assertThat(viewport.translate().getX()).isEqualTo(3.0);
        assertThat(viewport.toScreen(0, 0).getX()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void zoomingKeepsThePivotWithinHalfAPixel() {
        CanvasViewport viewport = new CanvasViewport();
        viewport.panBy(3.3, 7.7);
        Point2D world = viewport.toWorld(400, 300);

        viewport.zoomAt(1.37, 400, 300);

        Point2D drawn = viewport.translate().transform(viewport.scale().transform(world));
        assertThat(drawn.getX()).isCloseTo(400, within(0.5));
        assertThat(drawn.getY()).isCloseTo(300, within(0.5));
        assertThat(viewport.toScreen(world.getX(), world.getY()).getX()).isCloseTo(400, within(1e-9));
    }
}
