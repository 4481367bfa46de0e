package org.skupperdesigner.app.ui.canvas;

import javafx.geometry.Point2D;

/** Where a line between two cards meets a card's border. */
final class CardGeometry {

    private CardGeometry() {
    }

    /** The point where the segment from the card centre towards (tx,ty) leaves the card's rectangle. */
    static Point2D borderPoint(SiteSlot card, double tx, double ty, double margin) {
        double cx = card.centerX();
        double cy = card.centerY();
        double hw = SiteCardView.WIDTH / 2 + margin;
        double hh = Math.max(card.height(), 40) / 2 + margin;
        double dx = tx - cx;
        double dy = ty - cy;
        if (dx == 0 && dy == 0) {
            return new Point2D(cx, cy);
        }
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy));
        return new Point2D(cx + dx * scale, cy + dy * scale);
    }

    /** A link's drawn start (on the dialling card) and end (on the accepting card, before the arrow tip). */
    static Point2D[] linkEnds(SiteSlot from, SiteSlot to) {
        return new Point2D[] {borderPoint(from, to.centerX(), to.centerY(), 2),
            borderPoint(to, from.centerX(), from.centerY(), 4)};
    }
}
