package org.skupperdesigner.app.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

import org.junit.jupiter.api.Test;

class LabelSpotsTest {

    private static final List<Point2D> SPOTS = List.of(new Point2D(0, 0), new Point2D(0, 30), new Point2D(0, 60));

    @Test
    void theFirstSpotClearOfEverythingWins() {
        Bounds badge = new BoundingBox(10, 5, 40, 10);
        assertThat(LabelSpots.choose(SPOTS, 50, 20, List.of(), List.of())).isEqualTo(new Point2D(0, 0));
        assertThat(LabelSpots.choose(SPOTS, 50, 20, List.of(), List.of(badge))).isEqualTo(new Point2D(0, 30));
        assertThat(LabelSpots.choose(SPOTS, 50, 20, List.of(new BoundingBox(0, 25, 50, 10)), List.of(badge)))
                .isEqualTo(new Point2D(0, 60));
    }

    @Test
    void whereEverySpotCoversSomethingTextWeighsMoreThanACard() {
        // spot 1 covers 200 px² of a badge (weighed as 800), spots 2 and 3 each 500 px² of a card
        List<Bounds> cards = List.of(new BoundingBox(0, 30, 25, 50));
        List<Bounds> texts = List.of(new BoundingBox(0, 0, 20, 10));
        assertThat(LabelSpots.choose(SPOTS, 50, 20, cards, texts)).isEqualTo(new Point2D(0, 30));
        // 50 px² of a badge (weighed as 200) is better than 500 px² of a card
        List<Bounds> smallText = List.of(new BoundingBox(0, 0, 5, 10));
        assertThat(LabelSpots.choose(SPOTS, 50, 20, cards, smallText)).isEqualTo(new Point2D(0, 0));
    }

    @Test
    void coveredAreaAddsEveryOverlapAndIgnoresBoxesThatOnlyTouch() {
        Bounds box = new BoundingBox(0, 0, 10, 10);
        assertThat(LabelSpots.covered(box, List.of(new BoundingBox(5, 5, 10, 10), new BoundingBox(10, 0, 5, 5))))
                .isEqualTo(25.0);
    }

    @Test
    void aSteepLinksSpotsAreBesideItsMidpointFirstThenFurtherAlongBothSides() {
        List<Point2D> spots = LabelSpots.around(100, 200, 60, 20, true);
        assertThat(spots.get(0)).isEqualTo(new Point2D(100 + LabelSpots.STEEP_OFFSET, 190));
        assertThat(spots.get(1)).isEqualTo(new Point2D(100 - LabelSpots.STEEP_OFFSET - 60, 190));
        assertThat(spots).hasSize(10).allSatisfy(p -> assertThat(Math.abs(p.getY() + 10 - 200)).isLessThanOrEqualTo(52));
    }

    @Test
    void aFlatLinksSpotsStayCentredUnderAndOverItsMidpoint() {
        List<Point2D> spots = LabelSpots.around(100, 200, 60, 20, false);
        assertThat(spots.get(0)).isEqualTo(new Point2D(70, 200 + LabelSpots.FLAT_OFFSET));
        assertThat(spots.get(1)).isEqualTo(new Point2D(70, 200 - LabelSpots.FLAT_OFFSET - 20));
        assertThat(spots).extracting(Point2D::getX).containsOnly(70.0);
    }
}
