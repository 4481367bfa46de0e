package org.skupperdesigner.app.ui.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The canvas's background and dotted grid (cheap: one canvas, no nodes). It paints the background colour itself
 * rather than clearing to show a region's background beneath: one pass over the view's pixels per frame instead
 * of two.
 *
 * <p>The dots repeat every major step. While the view only pans, the layer is drawn once, one major step larger
 * than the view with the pattern anchored at its corner, and a pan just moves it (by the pan modulo the major step,
 * in whole pixels): its pixels are copied rather than drawn again. A zoom changes the spacing, so each zoom frame
 * draws the dots again, at the view's size only.
 */
final class GridLayer extends Canvas {

    static final Color BACKGROUND = Color.web("#f6f8fa");

    private static final Color DOT = Color.web("#dbe0e6");
    private static final Color MAJOR = Color.web("#aab4c0");

    private double drawnStep = Double.NaN;
    private double drawnViewWidth = -1;
    private double drawnViewHeight = -1;
    /** Whether the drawing is the larger one that pans move (else it is drawn for the current pan only). */
    private boolean movable;
    private int redraws;

    GridLayer() {
        setMouseTransparent(true);
        setManaged(false);
    }

    /** Shows the grid for the viewport in a view of the given size: moved on a pan, redrawn on a zoom or resize. */
    void show(CanvasViewport viewport, double gridSize, double viewWidth, double viewHeight) {
        double step = stepFor(gridSize, viewport.zoom());
        double major = step * 5;
        double phaseX = mod(viewport.drawnPanX(), major) - major;
        double phaseY = mod(viewport.drawnPanY(), major) - major;
        boolean sameView = step == drawnStep && viewWidth == drawnViewWidth && viewHeight == drawnViewHeight;
        if (sameView && movable) {
            setTranslateX(Math.rint(phaseX));
            setTranslateY(Math.rint(phaseY));
            return;
        }
        if (sameView) {
            // the first pan at this zoom: draw the larger layer once, then move it
            draw(0, 0, viewWidth + Math.ceil(major) + 1, viewHeight + Math.ceil(major) + 1, step);
            setTranslateX(Math.rint(phaseX));
            setTranslateY(Math.rint(phaseY));
            movable = true;
        } else {
            draw(phaseX, phaseY, viewWidth, viewHeight, step);
            setTranslateX(0);
            setTranslateY(0);
            movable = false;
        }
        drawnStep = step;
        drawnViewWidth = viewWidth;
        drawnViewHeight = viewHeight;
    }

    /** How often the dots have been drawn (a pan should not draw them). */
    int redraws() {
        return redraws;
    }

    /** Screen pixels between dots: the grid size at this zoom, doubled until the dots are not crowded. */
    static double stepFor(double gridSize, double zoom) {
        double step = gridSize * zoom;
        while (step < 14) {
            step *= 2;
        }
        return step;
    }

    /** Fills w × h and draws dots every step from (x0, y0), every fifth one darker. */
    private void draw(double x0, double y0, double w, double h, double step) {
        double major = step * 5;
        setWidth(w);
        setHeight(h);
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        g.setFill(DOT);
        for (double x = x0; x < w; x += step) {
            for (double y = y0; y < h; y += step) {
                g.fillRect(Math.round(x) - 1, Math.round(y) - 1, 2, 2);
            }
        }
        g.setFill(MAJOR);
        for (double x = x0; x < w; x += major) {
            for (double y = y0; y < h; y += major) {
                g.fillRect(Math.round(x) - 1, Math.round(y) - 1, 2, 2);
            }
        }
        redraws++;
    }

    private static double mod(double a, double b) {
        double r = a % b;
        return r < 0 ? r + b : r;
    }
}
