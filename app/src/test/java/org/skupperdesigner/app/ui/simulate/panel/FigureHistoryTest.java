package org.skupperdesigner.app.ui.simulate.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureHistoryTest {

    private static FigureSample at(double t, double ok) {
        return new FigureSample(t, ok, 0, 0, 0, 0, 0);
    }

    @Test
    void keepsTheLastWindowOfSamplesOldestFirst() {
        FigureHistory h = new FigureHistory(60);
        for (int t = 0; t <= 100; t++) {
            h.add(at(t, t));
        }
        assertThat(h.samples()).extracting(FigureSample::at).first().isEqualTo(40.0);
        assertThat(h.samples()).extracting(FigureSample::at).last().isEqualTo(100.0);
        assertThat(h.size()).isEqualTo(61);
        assertThat(h.latest().okPerSecond()).isEqualTo(100.0);
    }

    @Test
    void aSampleNotNewerThanTheLastIsIgnored() {
        FigureHistory h = new FigureHistory(60);
        assertThat(h.add(at(5, 1))).isTrue();
        assertThat(h.add(at(4, 2))).isFalse();
        assertThat(h.add(at(5, 3))).isFalse();
        assertThat(h.samples()).containsExactly(at(5, 1));
    }

    @Test
    void startsEmpty() {
        FigureHistory h = new FigureHistory(60);
        assertThat(h.latest()).isNull();
        assertThat(h.samples()).isEmpty();
    }
}
