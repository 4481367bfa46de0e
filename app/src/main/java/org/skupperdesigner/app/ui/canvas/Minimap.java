package org.skupperdesigner.app.ui.canvas;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

import org.skupperdesigner.app.ui.common.PlatformColors;
import org.skupperdesigner.model.network.NetworkLink;

/**
 * An overview of the whole network in the canvas corner: sites in their platform colours and the visible area as a
 * frame. Click or drag in it to move the view. Two canvases: the sites are redrawn when the design changes (or
 * the overview has to rescale), the frame on every view move; each at most once per pulse.
 */
final class Minimap extends StackPane {

    private static final double W = 200;
    private static final double H = 130;
    private static final double PAD = 8;

    private final DesignCanvas owner;
    private final Canvas sites = new Canvas(W, H);
    private final Canvas frame = new Canvas(W, H);
    private final Region shadow = new Region();
    private boolean contentDirty = true;
    /** The design's bounds, kept between design changes: walking every site on every frame of a pan was wasted. */
    private Bounds content;
    private boolean frameDirty = true;
    private double scale = 1;
    private double originX;
    private double originY;

    Minimap(DesignCanvas owner) {
        this.owner = owner;
        setId("minimap");
        getStyleClass().add("minimap");
        // the frame changes on every view move; it is drawn by a separate node above the minimap so that the
        // minimap (sites and background) renders from a cached bitmap that a pan does not invalidate
        frame.setMouseTransparent(true);
        frame.setManaged(false);
        // the drop shadow is a node of its own below the minimap, filtered once: on the minimap it was filtered
        // again whenever the sites were redrawn, which is every frame while the view extends past the design
        shadow.getStyleClass().add("minimap-shadow");
        shadow.setMouseTransparent(true);
        shadow.setManaged(false);
        shadow.setCache(true);
        shadow.visibleProperty().bind(visibleProperty());
        getChildren().add(sites);
        setCache(true);
        setPrefSize(W, H);
        setMaxSize(W, H);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::navigate);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::navigate);
        addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
    }

    /** The node that shows the visible area; the owner places it over the minimap. */
    Canvas frameNode() {
        return frame;
    }

    /** The node that casts the minimap's shadow; the owner places it under the minimap, at the same bounds. */
    Region shadowNode() {
        return shadow;
    }

    /** The design's bounds the overview was last drawn for (null when empty or not drawn since the last change). */
    Bounds shownContent() {
        return content;
    }

    /** The design changed (sites, links, selection): redraw everything. */
    void redraw() {
        content = null;
        contentDirty = true;
        frameDirty = true;
        requestLayout();
    }

    /** Only the view moved: redraw the frame, and the sites only if the overview's scale has to change. */
    void viewMoved() {
        frameDirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (contentDirty || frameDirty) {
            paint();
        }
    }

    private void paint() {
        if (content == null) {
            content = owner.contentBounds();
        }
        Bounds view = owner.viewport().visibleWorld(owner.getWidth(), owner.getHeight());
        setVisible(content != null);
        frame.setVisible(content != null);
        if (content == null) {
            sites.getGraphicsContext2D().clearRect(0, 0, W, H);
            frame.getGraphicsContext2D().clearRect(0, 0, W, H);
            contentDirty = false;
            frameDirty = false;
            return;
        }
        double minX = Math.min(content.getMinX(), view.getMinX());
        double minY = Math.min(content.getMinY(), view.getMinY());
        double maxX = Math.max(content.getMaxX(), view.getMaxX());
        double maxY = Math.max(content.getMaxY(), view.getMaxY());
        double newScale = Math.min((W - 2 * PAD) / (maxX - minX), (H - 2 * PAD) / (maxY - minY));
        double newOriginX = PAD - minX * newScale + ((W - 2 * PAD) - (maxX - minX) * newScale) / 2;
        double newOriginY = PAD - minY * newScale + ((H - 2 * PAD) - (maxY - minY) * newScale) / 2;
        if (newScale != scale || newOriginX != originX || newOriginY != originY) {
            scale = newScale;
            originX = newOriginX;
            originY = newOriginY;
            contentDirty = true;
        }
        if (contentDirty) {
            paintSites();
            contentDirty = false;
        }
        paintFrame(view);
        frameDirty = false;
    }

    private void paintSites() {
        GraphicsContext g = sites.getGraphicsContext2D();
        g.clearRect(0, 0, W, H);
        g.setStroke(Color.web("#94a3b8"));
        g.setLineWidth(0.6);
        CanvasReconciler model = owner.reconciler();
        for (NetworkLink link : model.linkModels().values()) {
            SiteSlot a = model.slot(link.fromSite());
            SiteSlot b = model.slot(link.toSite());
            if (a != null && b != null) {
                g.strokeLine(x(a.centerX()), y(a.centerY()), x(b.centerX()), y(b.centerY()));
            }
        }
        for (SiteSlot slot : model.slots()) {
            g.setFill(PlatformColors.of(slot.site().platform()));
            double w = Math.max(2, SiteCardView.WIDTH * scale);
            double h = Math.max(2, Math.max(slot.height(), 80) * scale);
            g.fillRect(x(slot.worldX()), y(slot.worldY()), w, h);
        }
    }

    private void paintFrame(Bounds view) {
        GraphicsContext g = frame.getGraphicsContext2D();
        g.clearRect(0, 0, W, H);
        g.setStroke(Color.web("#0969da"));
        g.setLineWidth(1.5);
        g.setFill(Color.web("#0969da", 0.08));
        g.fillRect(x(view.getMinX()), y(view.getMinY()), view.getWidth() * scale, view.getHeight() * scale);
        g.strokeRect(x(view.getMinX()), y(view.getMinY()), view.getWidth() * scale, view.getHeight() * scale);
    }

    private double x(double worldX) {
        return originX + worldX * scale;
    }

    private double y(double worldY) {
        return originY + worldY * scale;
    }

    private void navigate(MouseEvent e) {
        Point2D local = sites.sceneToLocal(e.getSceneX(), e.getSceneY());
        double wx = (local.getX() - originX) / scale;
        double wy = (local.getY() - originY) / scale;
        owner.viewport().centerOn(wx, wy, owner.getWidth(), owner.getHeight());
        e.consume();
    }
}
