package org.skupperdesigner.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.BoundingBox;
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

    @Test
    void aFitKeepsTheWorldClearOfTheCornerOverlayOnWhicheverSideShowsItLarger() {
        CanvasViewport viewport = new CanvasViewport();
        // a design as tall as it is wide in an 870 x 580 view with a 214 x 154 minimap corner: to its left
        BoundingBox square = new BoundingBox(100, 100, 500, 500);
        viewport.fit(square, 870, 580, 40, 40, 110, 214, 154);
        assertClearOfCorner(viewport, square, 870, 580, 214, 154);
        assertThat(viewport.zoom()).isCloseTo((580 - 40 - 110) / 500.0, within(1e-9));

        // a wide design: above it
        BoundingBox wide = new BoundingBox(0, 0, 1600, 300);
        viewport.fit(wide, 870, 580, 40, 40, 110, 214, 154);
        assertClearOfCorner(viewport, wide, 870, 580, 214, 154);
        assertThat(viewport.zoom()).isCloseTo((870 - 80) / 1600.0, within(1e-9));

        // without a corner overlay the fit is centred in the whole view, as before
        viewport.fit(square, 870, 580, 40, 110);
        assertThat(viewport.toScreen(350, 350).getX()).isCloseTo(435, within(1e-9));
    }

    @Test
    void aFitStartsBelowItsTopMargin() {
        CanvasViewport viewport = new CanvasViewport();
        BoundingBox wide = new BoundingBox(0, 0, 1600, 300);

        viewport.fit(wide, 870, 580, 40, 72, 110, 0, 0);

        assertThat(viewport.toScreen(0, 0).getY()).isGreaterThanOrEqualTo(72 - 1e-9);
        assertThat(viewport.toScreen(1600, 300).getY()).isLessThanOrEqualTo(580 - 110 + 1e-9);
        // centred between the margins
        assertThat((viewport.toScreen(0, 0).getY() + viewport.toScreen(0, 300).getY()) / 2)
                .isCloseTo(72 + (580 - 72 - 110) / 2.0, within(1e-9));
    }

    private static void assertClearOfCorner(CanvasViewport viewport, BoundingBox world, double w, double h,
                                            double cornerWidth, double cornerHeight) {
        Point2D max = viewport.toScreen(world.getMaxX(), world.getMaxY());
        Point2D min = viewport.toScreen(world.getMinX(), world.getMinY());
        assertThat(min.getX()).isGreaterThanOrEqualTo(40 - 1e-9);
        assertThat(min.getY()).isGreaterThanOrEqualTo(40 - 1e-9);
        boolean leftOfCorner = max.getX() <= w - cornerWidth + 1e-9;
        boolean aboveCorner = max.getY() <= h - cornerHeight + 1e-9;
        assertThat(leftOfCorner || aboveCorner).as("world ends at %s", max).isTrue();
    }
}
