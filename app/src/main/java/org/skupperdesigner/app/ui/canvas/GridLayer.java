package org.skupperdesigner.app.ui.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The canvas's background and dotted grid, drawn in screen space for the current pan/zoom (cheap: one canvas, no
 * nodes). It paints the background colour itself rather than clearing to show a region's background beneath: one
 * pass over the view's pixels per frame instead of two.
 */
final class GridLayer extends Canvas {

    static final Color BACKGROUND = Color.web("#f6f8fa");

    private static final Color DOT = Color.web("#dbe0e6");
    private static final Color MAJOR = Color.web("#aab4c0");

    GridLayer() {
        setMouseTransparent(true);
    }

    void redraw(CanvasViewport viewport, double gridSize) {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        double step = gridSize * viewport.zoom();
        while (step < 14) {
            step *= 2;
        }
        double ox = mod(viewport.panXProperty().get(), step);
        double oy = mod(viewport.panYProperty().get(), step);
        double major = step * 5;
        double mx = mod(viewport.panXProperty().get(), major);
        double my = mod(viewport.panYProperty().get(), major);
        g.setFill(DOT);
        for (double x = ox; x < w; x += step) {
            for (double y = oy; y < h; y += step) {
                g.fillRect(Math.round(x) - 1, Math.round(y) - 1, 2, 2);
            }
        }
        g.setFill(MAJOR);
        for (double x = mx; x < w; x += major) {
            for (double y = my; y < h; y += major) {
                g.fillRect(Math.round(x) - 1, Math.round(y) - 1, 2, 2);
            }
        }
    }

    private static double mod(double a, double b) {
        double r = a % b;
        return r < 0 ? r + b : r;
    }
}
