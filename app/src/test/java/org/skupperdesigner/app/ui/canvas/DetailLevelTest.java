package org.skupperdesigner.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.canvas.DetailLevel.FULL;
import static org.skupperdesigner.app.ui.canvas.DetailLevel.SKETCH;

import org.junit.jupiter.api.Test;

class DetailLevelTest {

    @Test
    void manyCardsAtLowZoomAreSketchedAndFewAreAlwaysFull() {
        assertThat(DetailLevel.choose(FULL, 0.3, 40)).isEqualTo(SKETCH);
        assertThat(DetailLevel.choose(FULL, 0.3, DetailLevel.FEW_CARDS)).isEqualTo(FULL);
        assertThat(DetailLevel.choose(SKETCH, 0.1, 3)).isEqualTo(FULL);
        assertThat(DetailLevel.choose(FULL, 1.0, 40)).isEqualTo(FULL);
    }

    @Test
    void tooManyVisibleCardsAreSketchedAtAnyZoom() {
        assertThat(DetailLevel.choose(FULL, 1.5, DetailLevel.MANY_CARDS + 1)).isEqualTo(SKETCH);
        assertThat(DetailLevel.choose(FULL, 1.5, DetailLevel.MANY_CARDS)).isEqualTo(FULL);
    }

    @Test
    void betweenTheTwoThresholdsTheLevelStaysAsItWas() {
        double between = (DetailLevel.SKETCH_BELOW_ZOOM + DetailLevel.FULL_FROM_ZOOM) / 2;
        assertThat(DetailLevel.choose(FULL, between, 40)).isEqualTo(FULL);
        assertThat(DetailLevel.choose(SKETCH, between, 40)).isEqualTo(SKETCH);
        assertThat(DetailLevel.choose(SKETCH, DetailLevel.FULL_FROM_ZOOM, 40)).isEqualTo(FULL);
        assertThat(DetailLevel.choose(FULL, DetailLevel.SKETCH_BELOW_ZOOM - 0.01, 40)).isEqualTo(SKETCH);
    }
}
