package org.skupperdesigner.app.ui.canvas;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Pan and zoom of the canvas: world coordinates (where sites are positioned) map to screen coordinates as
 * {@code screen = pan + zoom * world}. Pan/zoom only change two transforms, never the nodes, so they stay cheap.
 *
 * <p>The drawn translation is the pan rounded to whole pixels: at 100 % the cards' cached bitmaps then land on the
 * pixel grid and are copied rather than resampled, which halves the software renderer's time per frame while
 * panning. The pan itself stays exact, so small steps (trackpads) add up and zooming keeps its pivot.
 */
public final class CanvasViewport {

    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 3.0;

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final DoubleProperty panX = new SimpleDoubleProperty(this, "panX", 0);
    private final DoubleProperty panY = new SimpleDoubleProperty(this, "panY", 0);
    private final Translate translate = new Translate();
    private final Scale scale = new Scale();

    CanvasViewport() {
        translate.xProperty().bind(Bindings.createDoubleBinding(() -> Math.rint(panX.get()), panX));
        translate.yProperty().bind(Bindings.createDoubleBinding(() -> Math.rint(panY.get()), panY));
        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);
    }

    Translate translate() {
        return translate;
    }

    Scale scale() {
        return scale;
    }

    /** The horizontal pan as drawn: whole pixels. Layers drawn in screen space use it to line up with the world. */
    double drawnPanX() {
        return translate.getX();
    }

    /** The vertical pan as drawn: whole pixels. */
    double drawnPanY() {
        return translate.getY();
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public double zoom() {
        return zoom.get();
    }

    public DoubleProperty panXProperty() {
        return panX;
    }

    public DoubleProperty panYProperty() {
        return panY;
    }

    public Point2D toWorld(double screenX, double screenY) {
        return new Point2D((screenX - panX.get()) / zoom.get(), (screenY - panY.get()) / zoom.get());
    }

    public Point2D toScreen(double worldX, double worldY) {
        return new Point2D(panX.get() + worldX * zoom.get(), panY.get() + worldY * zoom.get());
    }

    public void panBy(double dx, double dy) {
        panX.set(panX.get() + dx);
        panY.set(panY.get() + dy);
    }

    /** Zooms by {@code factor} keeping the world point under (pivotX, pivotY) on screen still. */
    public void zoomAt(double factor, double pivotX, double pivotY) {
        double next = clamp(zoom.get() * factor);
        Point2D world = toWorld(pivotX, pivotY);
        zoom.set(next);
        panX.set(pivotX - world.getX() * next);
        panY.set(pivotY - world.getY() * next);
    }

    /** Shows {@code world} bounds centred in a view of the given size, with a margin, never zooming past 100%. */
    public void fit(Bounds world, double viewWidth, double viewHeight, double margin) {
        fit(world, viewWidth, viewHeight, margin, margin);
    }

    /** Like {@link #fit(Bounds, double, double, double)} with a larger bottom margin (room for overlays). */
    public void fit(Bounds world, double viewWidth, double viewHeight, double margin, double bottomMargin) {
        fit(world, viewWidth, viewHeight, margin, margin, bottomMargin, 0, 0);
    }

    /**
     * Like {@link #fit(Bounds, double, double, double, double)} with its own top margin (room for a banner over the
     * top edge), keeping the world clear of an overlay of {@code cornerWidth} x {@code cornerHeight} in the view's
     * bottom-right corner (the minimap, with its gap to the edges): the world goes above it or to its left,
     * whichever shows it larger.
     */
    public void fit(Bounds world, double viewWidth, double viewHeight, double margin, double topMargin,
                    double bottomMargin, double cornerWidth, double cornerHeight) {
        if (world == null || world.isEmpty() || viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        double width = viewWidth - 2 * margin;
        double height = viewHeight - topMargin - bottomMargin;
        double aboveHeight = viewHeight - topMargin - Math.max(bottomMargin, cornerHeight + margin);
        double besideWidth = viewWidth - margin - Math.max(margin, cornerWidth + margin);
        if (scale(world, width, aboveHeight) >= scale(world, besideWidth, height)) {
            fitInto(world, width, aboveHeight, margin, topMargin);
        } else {
            fitInto(world, besideWidth, height, margin, topMargin);
        }
    }

    private static double scale(Bounds world, double width, double height) {
        return clamp(Math.min(1.0, Math.min(width / world.getWidth(), height / world.getHeight())));
    }

    /** Centres {@code world} in the area {@code width} x {@code height} at ({@code left}, {@code top}). */
    private void fitInto(Bounds world, double width, double height, double left, double top) {
        double z = scale(world, width, height);
        zoom.set(z);
        panX.set(left + (width - world.getWidth() * z) / 2 - world.getMinX() * z);
        panY.set(top + (height - world.getHeight() * z) / 2 - world.getMinY() * z);
    }

    /** Centres the view on a world point without changing the zoom. */
    public void centerOn(double worldX, double worldY, double viewWidth, double viewHeight) {
        panX.set(viewWidth / 2 - worldX * zoom.get());
        panY.set(viewHeight / 2 - worldY * zoom.get());
    }

    public Bounds visibleWorld(double viewWidth, double viewHeight) {
        Point2D a = toWorld(0, 0);
        return new BoundingBox(a.getX(), a.getY(), viewWidth / zoom.get(), viewHeight / zoom.get());
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}
