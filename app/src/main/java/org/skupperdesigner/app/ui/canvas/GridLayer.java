package org.skupperdesigner.app.ui.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The canvas's background and dotted grid (cheap: one canvas, no nodes). It paints the background colour itself
 * rather than clearing to show a region's background beneath: one pass over the view's pixels per frame instead
 * of two.
 *
 * <p>The dots repeat every major step, so the layer is drawn one major step larger than the view with the pattern
 * anchored at its corner, and a pan only moves it (by the pan modulo the major step, in whole pixels): the pixels
 * are copied rather than drawn again. It is redrawn when the zoom or the view's size changes.
 */
final class GridLayer extends Canvas {

    static final Color BACKGROUND = Color.web("#f6f8fa");

    private static final Color DOT = Color.web("#dbe0e6");
    private static final Color MAJOR = Color.web("#aab4c0");

    private double drawnStep = Double.NaN;
    private double drawnViewWidth = -1;
    private double drawnViewHeight = -1;
    private int redraws;

    GridLayer() {
        setMouseTransparent(true);
        setManaged(false);
    }

    /** Shows the grid for the viewport in a view of the given size: moved on a pan, redrawn on a zoom or resize. */
    void show(CanvasViewport viewport, double gridSize, double viewWidth, double viewHeight) {
        double step = stepFor(gridSize, viewport.zoom());
        double major = step * 5;
        if (step != drawnStep || viewWidth != drawnViewWidth || viewHeight != drawnViewHeight) {
            draw(step, major, viewWidth, viewHeight);
        }
        setTranslateX(Math.rint(mod(viewport.panXProperty().get(), major) - major));
        setTranslateY(Math.rint(mod(viewport.panYProperty().get(), major) - major));
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

    private void draw(double step, double major, double viewWidth, double viewHeight) {
        double w = viewWidth + Math.ceil(major) + 1;
        double h = viewHeight + Math.ceil(major) + 1;
        setWidth(w);
        setHeight(h);
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        // dots at whole multiples of the step from the layer's corner (the translation supplies the pan's phase)
        g.setFill(DOT);
        for (double x = 0; x < w; x += step) {
            for (double y = 0; y < h; y += step) {
                g.fillRect(Math.round(x) - 1, Math.round(y) - 1, 2, 2);
            }
        }
        g.setFill(MAJOR);
        for (double x = 0; x < w; x += major) {
            for (double y = 0; y < h; y += major) {
                g.fillRect(Math.round(x) - 1, Math.round(y) - 1, 2, 2);
            }
        }
        drawnStep = step;
        drawnViewWidth = viewWidth;
        drawnViewHeight = viewHeight;
        redraws++;
    }

    private static double mod(double a, double b) {
        double r = a % b;
        return r < 0 ? r + b : r;
    }
}
