package org.skupperdesigner.app.ui.simulate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

/**
 * The moving flow dots, painted on one {@link Canvas} per pulse instead of one node per dot: the software renderer
 * then repaints one image, not up to {@link #MAX_DOTS} shapes with their own dirty regions, and the scene graph does
 * not change as dots come and go. The canvas covers the area the links span (world coordinates) and is drawn at the
 * canvas zoom (up to 2x), so dots stay sharp when zoomed in. Each dot is one blit of a pre-drawn sprite (a disc with
 * a white rim): stroking and filling two ellipses per dot was most of the renderer's time at 1,000 flows/s.
 */
final class FlowDotLayer {

    static final int MAX_DOTS = 120;
    static final double RADIUS = 4;
    /** Requests travel out in blue, answers come back in green (as the overlay's legend colours). */
    static final Color REQUEST = Color.web("#0969da");
    static final Color ANSWER = Color.web("#1a7f37");
    private static final double DOT_SECONDS = 0.7;
    private static final double MARGIN = RADIUS + 2;
    private static final double MAX_RESOLUTION = 2;

    private final Canvas canvas = new Canvas(0, 0);
    private final Scale toWorld = new Scale(1, 1, 0, 0);
    private final List<Dot> running = new ArrayList<>();
    private double minX;
    private double minY;
    private double resolution = 1;
    private Image requestSprite = sprite(REQUEST, 1);
    private Image answerSprite = sprite(ANSWER, 1);
    private int drawnLastFrame;

    FlowDotLayer() {
        canvas.setId("sim-flow-dots");
        canvas.setMouseTransparent(true);
        canvas.setManaged(false);
        canvas.getTransforms().add(toWorld);
    }

    Canvas node() {
        return canvas;
    }

    /**
     * Covers {@code [x0, x1] x [y0, y1]} (world coordinates) at {@code zoom}; resizes the canvas only when the area
     * or the resolution changed (a resize clears it).
     */
    void cover(double x0, double y0, double x1, double y1, double zoom) {
        double res = Math.max(1, Math.min(MAX_RESOLUTION, zoom));
        double nx = x0 - MARGIN;
        double ny = y0 - MARGIN;
        double w = Math.ceil((x1 - x0 + 2 * MARGIN) * res);
        double h = Math.ceil((y1 - y0 + 2 * MARGIN) * res);
        if (nx == minX && ny == minY && res == resolution && w == canvas.getWidth() && h == canvas.getHeight()) {
            return;
        }
        minX = nx;
        minY = ny;
        if (res != resolution) {
            requestSprite = sprite(REQUEST, res);
            answerSprite = sprite(ANSWER, res);
        }
        resolution = res;
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.relocate(nx, ny);
        toWorld.setX(1 / res);
        toWorld.setY(1 / res);
        drawnLastFrame = -1; // the resize cleared it: paint even if nothing moves
    }

    /** Whether another dot fits. */
    boolean hasRoom() {
        return running.size() < MAX_DOTS;
    }

    /** A dot that runs from {@code from} to {@code to} after waiting {@code delay} dot-times. */
    void launch(Point2D from, Point2D to, double delay, boolean answer) {
        if (hasRoom()) {
            running.add(new Dot(from, to, -delay, answer));
        }
    }

    /** Moves every dot by {@code seconds}, drops those that arrived, and repaints (nothing when nothing changed). */
    void advance(double seconds) {
        for (Iterator<Dot> it = running.iterator(); it.hasNext(); ) {
            Dot d = it.next();
            d.t += seconds / DOT_SECONDS;
            if (d.t >= 1) {
                it.remove();
            }
        }
        paint();
    }

    private void paint() {
        if (running.isEmpty() && drawnLastFrame == 0) {
            return; // stays blank: no repaint, no dirty region
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double half = requestSprite.getWidth() / 2;
        int drawn = 0;
        for (Dot d : running) {
            if (d.t < 0) {
                continue; // waits for the hop before it
            }
            double x = d.from.getX() + (d.to.getX() - d.from.getX()) * d.t;
            double y = d.from.getY() + (d.to.getY() - d.from.getY()) * d.t;
            // whole canvas pixels: a plain copy, no resampling
            g.drawImage(d.answer ? answerSprite : requestSprite, Math.round((x - minX) * resolution - half),
                    Math.round((y - minY) * resolution - half));
            drawn++;
        }
        drawnLastFrame = drawn;
    }

    /**
     * A dot of {@link #RADIUS} with a one-unit white rim, {@code res} pixels a unit, antialiased by 4x4 supersampling;
     * an even number of pixels wide, so a dot centred on a pixel corner sits symmetrically.
     */
    static Image sprite(Color fill, double res) {
        double outer = RADIUS + 0.5;
        int size = 2 * (int) Math.ceil(outer * res) + 2;
        WritableImage image = new WritableImage(size, size);
        PixelWriter out = image.getPixelWriter();
        double c = size / 2.0;
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                double r = 0;
                double gr = 0;
                double b = 0;
                double a = 0;
                for (int sy = 0; sy < 4; sy++) {
                    for (int sx = 0; sx < 4; sx++) {
                        double d = Math.hypot(px + (sx + 0.5) / 4 - c, py + (sy + 0.5) / 4 - c) / res;
                        if (d <= outer) {
                            Color at = d <= RADIUS - 0.5 ? fill : Color.WHITE;
                            r += at.getRed();
                            gr += at.getGreen();
                            b += at.getBlue();
                            a += 1;
                        }
                    }
                }
                // the covered samples' average colour, as opaque as the share of samples covered
                out.setColor(px, py, a == 0 ? Color.TRANSPARENT : new Color(r / a, gr / a, b / a, a / 16));
            }
        }
        return image;
    }

    void clear() {
        running.clear();
        paint();
    }

    /** Dots under way, including those waiting for their hop. */
    int count() {
        return running.size();
    }

    /** Dots painted by the last repaint (those moving; the waiting ones are not shown yet). */
    int drawnLastFrame() {
        return Math.max(0, drawnLastFrame);
    }

    /** Where each dot under way goes (for tests). */
    List<TrafficOverlay.DotPath> paths() {
        return running.stream().map(d -> new TrafficOverlay.DotPath(d.from, d.to, d.answer)).toList();
    }

    /** Where each moving dot is now, in world coordinates (for tests). */
    List<Point2D> positions() {
        return running.stream().filter(d -> d.t >= 0).map(d -> new Point2D(
                d.from.getX() + (d.to.getX() - d.from.getX()) * d.t,
                d.from.getY() + (d.to.getY() - d.from.getY()) * d.t)).toList();
    }

    private static final class Dot {
        final Point2D from;
        final Point2D to;
        final boolean answer;
        double t;

        Dot(Point2D from, Point2D to, double t, boolean answer) {
            this.from = from;
            this.to = to;
            this.t = t;
            this.answer = answer;
        }
    }
}
