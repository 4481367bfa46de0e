package org.skupperdesigner.app.ui.canvas;

import java.util.Set;

/**
 * Analysis results drawn on the canvas, by element id: what to emphasise (reachable connectors, the least-cost path)
 * and what to grey out (what a failure would cut off).
 *
 * @param title      one line for the banner over the canvas
 * @param emphasized element ids drawn highlighted
 * @param dimmed     element ids drawn greyed out
 */
public record CanvasHighlight(String title, Set<String> emphasized, Set<String> dimmed) {

    public static final CanvasHighlight NONE = new CanvasHighlight("", Set.of(), Set.of());

    public CanvasHighlight {
        emphasized = Set.copyOf(emphasized);
        dimmed = Set.copyOf(dimmed);
    }

    public boolean isEmpty() {
        return emphasized.isEmpty() && dimmed.isEmpty();
    }
}
