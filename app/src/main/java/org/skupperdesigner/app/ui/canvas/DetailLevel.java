package org.skupperdesigner.app.ui.canvas;

/**
 * How the canvas draws: {@link #FULL} cards, links and service lines as styled nodes (what users edit at normal
 * zoom), or a {@link #SKETCH}: every card, link and line as plain shapes on one canvas, for when the view is zoomed
 * out over many sites and the nodes would be too small to read and too many to render quickly (ADR 0406).
 */
enum DetailLevel {
    FULL,
    SKETCH;

    /**
     * Below this zoom, a view showing more than {@link #FEW_CARDS} cards is sketched: card text is too small to read
     * there (the zoom {@link DesignCanvas#reveal} brings the view up to).
     */
    static final double SKETCH_BELOW_ZOOM = 0.6;
    /** Back to full cards at or above this zoom (a gap, so that a zoom around the threshold does not flicker). */
    static final double FULL_FROM_ZOOM = 0.65;
    /** Up to this many visible cards are always drawn in full, whatever the zoom. */
    static final int FEW_CARDS = 12;
    /** More visible cards than this are always sketched, whatever the zoom. */
    static final int MANY_CARDS = 60;

    /** The level for a view at {@code zoom} showing {@code visibleCards}, coming from {@code current}. */
    static DetailLevel choose(DetailLevel current, double zoom, int visibleCards) {
        if (visibleCards <= FEW_CARDS) {
            return FULL;
        }
        if (visibleCards > MANY_CARDS) {
            return SKETCH;
        }
        double threshold = current == SKETCH ? FULL_FROM_ZOOM : SKETCH_BELOW_ZOOM;
        return zoom < threshold ? SKETCH : FULL;
    }
}
