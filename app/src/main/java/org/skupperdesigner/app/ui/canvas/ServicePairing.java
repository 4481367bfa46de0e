package org.skupperdesigner.app.ui.canvas;

/**
 * A routing-key pairing between a listener row and a connector row, and the curve that draws it: it leaves each card
 * on the side that faces the other. Shared by {@link ServiceLineView} and the sketch layer so both draw the same line.
 */
record ServicePairing(SiteSlot listenerSlot, String listenerId, SiteSlot connectorSlot, String connectorId) {

    /** The cubic curve in world coordinates: start, first control, second control, end (x, y each). */
    double[] curve() {
        boolean same = listenerSlot == connectorSlot;
        boolean rightward = same || connectorSlot.centerX() >= listenerSlot.centerX();
        double sx = listenerSlot.worldX() + (rightward ? SiteCardView.WIDTH : 0);
        double sy = listenerSlot.rowCenterY(listenerId);
        double ex = connectorSlot.worldX() + (rightward && !same ? 0 : SiteCardView.WIDTH);
        double ey = connectorSlot.rowCenterY(connectorId);
        double bend = same ? 40 : Math.max(40, Math.abs(ex - sx) / 2.5);
        return new double[] {sx, sy, sx + (rightward ? bend : -bend), sy, ex + (rightward && !same ? -bend : bend), ey,
            ex, ey};
    }

    /** Whether the curve's bounding box (which holds the whole curve) meets the world rectangle. */
    boolean intersects(double minX, double minY, double maxX, double maxY) {
        double[] c = curve();
        double x0 = Math.min(Math.min(c[0], c[2]), Math.min(c[4], c[6]));
        double x1 = Math.max(Math.max(c[0], c[2]), Math.max(c[4], c[6]));
        double y0 = Math.min(c[1], c[7]);
        double y1 = Math.max(c[1], c[7]);
        return x0 <= maxX && x1 >= minX && y0 <= maxY && y1 >= minY;
    }
}
