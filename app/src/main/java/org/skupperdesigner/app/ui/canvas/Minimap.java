package org.skupperdesigner.app.ui.canvas;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

import org.skupperdesigner.app.ui.common.PlatformColors;

/**
 * An overview of the whole network in the canvas corner: sites in their platform colours and the visible area as a
 * frame. Click or drag in it to move the view. Redraws at most once per pulse.
 */
final class Minimap extends StackPane {

    private static final double W = 200;
    private static final double H = 130;
    private static final double PAD = 8;

    private final DesignCanvas owner;
    private final Canvas drawing = new Canvas(W, H);
    private boolean dirty = true;
    private double scale = 1;
    private double originX;
    private double originY;

    Minimap(DesignCanvas owner) {
        this.owner = owner;
        setId("minimap");
        getStyleClass().add("minimap");
        getChildren().add(drawing);
        setPrefSize(W, H);
        setMaxSize(W, H);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::navigate);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::navigate);
        addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
    }

    void redraw() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (dirty) {
            dirty = false;
            paint();
        }
    }

    private void paint() {
        GraphicsContext g = drawing.getGraphicsContext2D();
        g.clearRect(0, 0, W, H);
        Bounds content = owner.contentBounds();
        Bounds view = owner.viewport().visibleWorld(owner.getWidth(), owner.getHeight());
        setVisible(content != null);
        if (content == null) {
            return;
        }
        double minX = Math.min(content.getMinX(), view.getMinX());
        double minY = Math.min(content.getMinY(), view.getMinY());
        double maxX = Math.max(content.getMaxX(), view.getMaxX());
        double maxY = Math.max(content.getMaxY(), view.getMaxY());
        scale = Math.min((W - 2 * PAD) / (maxX - minX), (H - 2 * PAD) / (maxY - minY));
        originX = PAD - minX * scale + ((W - 2 * PAD) - (maxX - minX) * scale) / 2;
        originY = PAD - minY * scale + ((H - 2 * PAD) - (maxY - minY) * scale) / 2;
        g.setStroke(Color.web("#94a3b8"));
        g.setLineWidth(0.6);
        for (LinkView link : owner.reconciler().links()) {
            SiteCardView a = owner.reconciler().card(link.link().fromSite());
            SiteCardView b = owner.reconciler().card(link.link().toSite());
            if (a != null && b != null) {
                g.strokeLine(x(a.centerX()), y(a.centerY()), x(b.centerX()), y(b.centerY()));
            }
        }
        for (SiteCardView card : owner.reconciler().cards()) {
            g.setFill(PlatformColors.of(card.site().platform()));
            double w = Math.max(2, SiteCardView.WIDTH * scale);
            double h = Math.max(2, Math.max(card.getHeight(), 80) * scale);
            g.fillRect(x(card.worldX()), y(card.worldY()), w, h);
        }
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
        Point2D local = drawing.sceneToLocal(e.getSceneX(), e.getSceneY());
        double wx = (local.getX() - originX) / scale;
        double wy = (local.getY() - originY) / scale;
        owner.viewport().centerOn(wx, wy, owner.getWidth(), owner.getHeight());
        e.consume();
    }
}
