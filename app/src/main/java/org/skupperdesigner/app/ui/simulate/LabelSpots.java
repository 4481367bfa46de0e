package org.skupperdesigner.app.ui.simulate;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * Where a link's live label goes among the spots that suit its line (under or over a flat link, right or left of a
 * steep one, then the same a step or two further along): the first spot whose box covers nothing already placed
 * (cards, router and listener badges, labels placed before it); when every spot covers something, the one covering
 * least, text weighing more than cards.
 */
final class LabelSpots {

    /** How far right (or left) of a steep link's midpoint its label starts: past the design's cost label. */
    static final double STEEP_OFFSET = 30;
    /** How far under (or over) a flat link's midpoint its label starts: past the design's cost label. */
    static final double FLAT_OFFSET = 10;
    /** How many times more a label covering text (a badge, another label) weighs than one covering a card. */
    static final int TEXT_WEIGHT = 4;
    /** The gap between a spot and the next one along the line. */
    private static final double STEP_GAP = 6;

    private LabelSpots() {
    }

    /**
     * The spots for a {@code width} × {@code height} label of the link whose midpoint is ({@code midX}, {@code midY}),
     * best first: a steep link's beside its midpoint, then a step and two steps up and down along it; a flat link's
     * under and over it, then a step further away (a flat link's label stays between its cards, so not sideways).
     */
    static List<Point2D> around(double midX, double midY, double width, double height, boolean steep) {
        double step = height + STEP_GAP;
        List<Point2D> spots = new ArrayList<>();
        if (steep) {
            for (double along : new double[] {0, -step, step, -2 * step, 2 * step}) {
                double y = midY - height / 2 + along;
                spots.add(new Point2D(midX + STEEP_OFFSET, y));
                spots.add(new Point2D(midX - STEEP_OFFSET - width, y));
            }
        } else {
            for (double away : new double[] {0, step}) {
                spots.add(new Point2D(midX - width / 2, midY + FLAT_OFFSET + away));
                spots.add(new Point2D(midX - width / 2, midY - FLAT_OFFSET - height - away));
            }
        }
        return spots;
    }

    /**
     * The top-left corner to put a {@code width} × {@code height} label at, out of {@code spots} (in order), clear of
     * {@code cards} and of {@code texts} (badges and labels already placed). Where every spot covers something, text
     * counts {@value #TEXT_WEIGHT} times a card's area: a label over a badge hides what the badge says, over a card's
     * edge mostly its padding.
     */
    static Point2D choose(List<Point2D> spots, double width, double height, List<Bounds> cards, List<Bounds> texts) {
        // only what lies where any spot could reach is looked at again for each spot
        Bounds reach = envelope(spots, width, height);
        List<Bounds> nearCards = cards.stream().filter(reach::intersects).toList();
        List<Bounds> nearTexts = texts.stream().filter(reach::intersects).toList();
        Point2D best = spots.get(0);
        double leastCovered = Double.MAX_VALUE;
        for (Point2D spot : spots) {
            Bounds box = new BoundingBox(spot.getX(), spot.getY(), width, height);
            double covered = covered(box, nearCards) + TEXT_WEIGHT * covered(box, nearTexts);
            if (covered == 0) {
                return spot;
            }
            if (covered < leastCovered) {
                leastCovered = covered;
                best = spot;
            }
        }
        return best;
    }

    private static Bounds envelope(List<Point2D> spots, double width, double height) {
        double minX = spots.stream().mapToDouble(Point2D::getX).min().orElse(0);
        double minY = spots.stream().mapToDouble(Point2D::getY).min().orElse(0);
        double maxX = spots.stream().mapToDouble(Point2D::getX).max().orElse(0) + width;
        double maxY = spots.stream().mapToDouble(Point2D::getY).max().orElse(0) + height;
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** The area of {@code box} that lies over the boxes in {@code taken} (overlaps among them counted twice). */
    static double covered(Bounds box, List<Bounds> taken) {
        double area = 0;
        for (Bounds other : taken) {
            double w = Math.min(box.getMaxX(), other.getMaxX()) - Math.max(box.getMinX(), other.getMinX());
            double h = Math.min(box.getMaxY(), other.getMaxY()) - Math.max(box.getMinY(), other.getMinY());
            if (w > 0 && h > 0) {
                area += w * h;
            }
        }
        return area;
    }
}
