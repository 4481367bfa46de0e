package org.skupperdesigner.app.ui.canvas;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;

import org.skupperdesigner.model.network.NetworkLink;

/**
 * A link between two site cards: a line with an arrow at the accepting site (the arrow shows who dials whom) and a
 * cost label in the middle. Follows its cards while they are dragged.
 */
public final class LinkView extends Group {

    private static final double ARROW = 11;
    /** Line the cost label leaves free beyond its own extent: the arrow head and a few pixels. */
    private static final double COST_CLEARANCE = ARROW + 8;

    private final SiteSlot from;
    private final SiteSlot to;
    private final Line line = new Line();
    private final Polygon arrow = new Polygon();
    private final Text costText = CardText.text("", "pill-text");
    private final StackPane cost = CardText.pill(costText, "link-cost");
    private final InvalidationListener follow = o -> refresh();
    private NetworkLink link;

    LinkView(NetworkLink link, SiteSlot from, SiteSlot to) {
        this.from = from;
        this.to = to;
        CanvasRoles.mark(this, CanvasRoles.LINK, "link/" + link.id());
        getStyleClass().add("link-view");
        line.getStyleClass().add("link-line");
        arrow.getStyleClass().add("link-arrow");
        // no wide hit area node: a press near the line that picks nothing finds the link geometrically
        // (CanvasGestures, WorldQueries.linkAt): one node fewer per link for JavaFX to walk on every frame
        cost.setCacheHint(javafx.scene.CacheHint.SCALE);
        getChildren().addAll(line, arrow, cost);
        // centred on whole pixels, so that its cached bitmap is copied, not resampled (see CanvasViewport)
        cost.translateXProperty().bind(Bindings.createDoubleBinding(() -> -Math.rint(cost.getWidth() / 2),
                cost.widthProperty()));
        cost.translateYProperty().bind(Bindings.createDoubleBinding(() -> -Math.rint(cost.getHeight() / 2),
                cost.heightProperty()));
        // its size is known after its first layout: whether it fits is decided again then
        cost.widthProperty().addListener(o -> showCostIfItFits());
        from.geometryProperty().addListener(follow);
        to.geometryProperty().addListener(follow);
        update(link);
    }

    void update(NetworkLink newLink) {
        this.link = newLink;
        boolean edge = from.site().isEdge();
        getStyleClass().remove("edge-link");
        if (edge) {
            getStyleClass().add("edge-link");
        }
        costText.setText("cost " + newLink.effectiveCost() + (edge ? " · edge" : ""));
        refresh();
    }

    /**
     * While the view moves, the cost label renders from a small bitmap (text is costly in the software renderer);
     * at rest it is drawn directly, with the same crisp text as before.
     */
    void renderFromBitmap(boolean on) {
        cost.setCache(on);
    }

    NetworkLink link() {
        return link;
    }

    Point2D start() {
        return new Point2D(line.getStartX(), line.getStartY());
    }

    Point2D end() {
        return new Point2D(line.getEndX(), line.getEndY());
    }

    boolean connects(SiteSlot a, SiteSlot b) {
        return from == a && to == b;
    }

    void refresh() {
        Point2D[] ends = CardGeometry.linkEnds(from, to);
        Point2D start = ends[0];
        Point2D end = ends[1];
        line.setStartX(start.getX());
        line.setStartY(start.getY());
        line.setEndX(end.getX());
        line.setEndY(end.getY());
        double angle = Math.atan2(end.getY() - start.getY(), end.getX() - start.getX());
        double bx = end.getX() - ARROW * Math.cos(angle);
        double by = end.getY() - ARROW * Math.sin(angle);
        double px = Math.sin(angle) * ARROW * 0.5;
        double py = -Math.cos(angle) * ARROW * 0.5;
        arrow.getPoints().setAll(end.getX(), end.getY(), bx + px, by + py, bx - px, by - py);
        double mx = (start.getX() + end.getX()) / 2;
        double my = (start.getY() + end.getY()) / 2;
        // the label centres itself on (mx, my) through the translate bindings set up in the constructor
        cost.setLayoutX(Math.rint(mx));
        cost.setLayoutY(Math.rint(my));
        showCostIfItFits();
    }

    /**
     * Cards almost touching leave a line shorter than its cost label: drawn anyway, the label would cover both cards'
     * edges and the arrow, so it is left out (the link's properties still show the cost).
     */
    private void showCostIfItFits() {
        double dx = line.getEndX() - line.getStartX();
        double dy = line.getEndY() - line.getStartY();
        double length = Math.hypot(dx, dy);
        // the label's extent along the line: its width on a flat link, its height on a steep one
        double along = length == 0 ? 0 : (Math.abs(dx) * cost.getWidth() + Math.abs(dy) * cost.getHeight()) / length;
        cost.setVisible(length >= along + COST_CLEARANCE);
    }

    boolean costShown() {
        return cost.isVisible();
    }

    void dispose() {
        from.geometryProperty().removeListener(follow);
        to.geometryProperty().removeListener(follow);
    }
}
