package org.skupperdesigner.app.ui.simulate.step;

import java.util.HashSet;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

import org.skupperdesigner.app.ui.canvas.CanvasHighlight;
import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;

/**
 * Draws a traced connection on the canvas: the whole chosen path (links with direction arrows and costs, the total
 * cost) in the decoration layer above live traffic, the current hop emphasised (the link being crossed, or a ring
 * around the router acting), and the path's elements emphasised through the canvas highlight, with the rest dimmed.
 */
final class StepPathOverlay {

    private static final String STYLESHEET = StepPathOverlay.class.getResource("step-mode.css").toExternalForm();

    private final DesignCanvas canvas;
    private final Group layer = new Group();
    private CanvasHighlight shown;

    StepPathOverlay(DesignCanvas canvas) {
        this.canvas = canvas;
        layer.setId("step-path-layer");
        layer.getStylesheets().add(STYLESHEET);
        layer.setMouseTransparent(true);
        // if someone else takes the highlight (an analysis, Escape), the path drawing goes with it
        canvas.highlightProperty().addListener((o, was, now) -> {
            if (shown != null && now != shown) {
                shown = null;
                canvas.decorations().getChildren().remove(layer);
            }
        });
    }

    /** Shows the cursor's connection and hop, or removes everything for null. */
    void show(TraceCursor cursor, Network network) {
        layer.getChildren().clear();
        if (cursor == null) {
            canvas.decorations().getChildren().remove(layer);
            if (shown != null && canvas.highlightProperty().get() == shown) {
                shown = null;
                canvas.highlightProperty().set(CanvasHighlight.NONE);
            }
            shown = null;
            return;
        }
        TracedConnection connection = cursor.connection();
        TraceHop hop = cursor.current();
        TraceRoute route = connection.route();
        if (route != null) {
            for (LinkLeg leg : route.legs()) {
                drawLeg(leg, network, hop.returning(), leg.equals(hop.leg()));
            }
            drawTotal(route);
        }
        if (hop.leg() == null && hop.siteId() != null) {
            ringAround(hop.siteId());
        }
        Set<String> emphasized = new HashSet<>(hop.focus());
        Set<String> dimmed = new HashSet<>();
        if (route != null) {
            emphasized.addAll(route.elementIds());
            network.sites().forEach(s -> dimmed.add(ElementIds.site(s.id())));
            network.links().forEach(l -> dimmed.add(ElementIds.link(l.id())));
            dimmed.removeAll(emphasized);
        }
        shown = new CanvasHighlight(title(cursor), emphasized, dimmed);
        canvas.highlightProperty().set(shown);
        if (!canvas.decorations().getChildren().contains(layer)) {
            canvas.decorations().getChildren().add(layer);
        } else {
            layer.toFront();
        }
    }

    static String title(TraceCursor cursor) {
        TracedConnection c = cursor.connection();
        String path = c.route() == null ? "not routed" : c.route().describe() + " · total cost "
                + c.route().totalCost();
        return "Trace of " + c.listenerId() + " · " + path + " · " + cursor.position() + ": " + cursor.current()
                .title();
    }

    private void drawLeg(LinkLeg leg, Network network, boolean returning, boolean current) {
        Point2D[] ends = ends(leg, network);
        if (ends == null) {
            return;
        }
        Point2D from = returning ? ends[1] : ends[0];
        Point2D to = returning ? ends[0] : ends[1];
        Line line = new Line(from.getX(), from.getY(), to.getX(), to.getY());
        line.getStyleClass().addAll("step-leg", returning ? "returning" : "forward");
        line.setId("step-leg-" + leg.linkId());
        Polygon arrow = arrow(from, to, current ? 11 : 8);
        arrow.getStyleClass().addAll("step-arrow", returning ? "returning" : "forward");
        layer.getChildren().addAll(line, arrow);
        if (current) {
            Line glow = new Line(from.getX(), from.getY(), to.getX(), to.getY());
            glow.getStyleClass().add("step-current-link");
            glow.setId("step-current-link-" + leg.linkId());
            layer.getChildren().add(layer.getChildren().indexOf(line), glow);
        }
        Label cost = new Label("cost " + leg.cost());
        cost.getStyleClass().add("step-cost");
        layer.getChildren().add(cost);
        sized(cost);
        Point2D mid = from.midpoint(to);
        cost.relocate(mid.getX() - cost.getWidth() / 2, mid.getY() - cost.getHeight() - 14);
    }

    /** The leg's drawn ends in travel order: links are drawn from the dialling site to the accepting one. */
    private Point2D[] ends(LinkLeg leg, Network network) {
        Point2D[] drawn = canvas.linkEnds(leg.linkId());
        if (drawn == null) {
            return null;
        }
        boolean dialledFromHere = network.link(leg.linkId()).map(NetworkLink::fromSite)
                .map(leg.fromSite()::equals).orElse(true);
        return dialledFromHere ? drawn : new Point2D[] {drawn[1], drawn[0]};
    }

    private static Polygon arrow(Point2D from, Point2D to, double size) {
        Point2D mid = from.midpoint(to);
        Point2D dir = to.subtract(from);
        double length = dir.magnitude();
        Point2D u = length == 0 ? new Point2D(1, 0) : dir.multiply(1 / length);
        Point2D n = new Point2D(-u.getY(), u.getX());
        Point2D tip = mid.add(u.multiply(size));
        Point2D left = mid.subtract(u.multiply(size)).add(n.multiply(size * 0.8));
        Point2D right = mid.subtract(u.multiply(size)).subtract(n.multiply(size * 0.8));
        return new Polygon(tip.getX(), tip.getY(), left.getX(), left.getY(), right.getX(), right.getY());
    }

    private void ringAround(String siteId) {
        Bounds b = canvas.siteBounds(siteId);
        if (b == null) {
            return;
        }
        Rectangle ring = new Rectangle(b.getMinX() - 7, b.getMinY() - 7, b.getWidth() + 14, b.getHeight() + 14);
        ring.setArcWidth(22);
        ring.setArcHeight(22);
        ring.getStyleClass().add("step-current-site");
        ring.setId("step-current-site-" + siteId);
        layer.getChildren().add(ring);
    }

    private void drawTotal(TraceRoute route) {
        Bounds b = canvas.siteBounds(route.sites().get(0));
        if (b == null) {
            return;
        }
        Label total = new Label("path " + route.describe() + " · total cost " + route.totalCost());
        total.setId("step-total-cost");
        total.getStyleClass().add("step-total");
        layer.getChildren().add(total);
        sized(total);
        // above the site's "router running" badge, which straddles the card's top edge
        total.relocate(b.getMinX(), b.getMinY() - total.getHeight() - 16);
    }

    /** Sizes a label with its style applied (it is in the layer, which carries the stylesheet). */
    private static void sized(Label label) {
        label.applyCss();
        label.autosize();
    }

    /** The element the current hop emphasises with a ring or a glowing link, for tests. */
    String currentMark() {
        return layer.getChildren().stream().map(n -> n.getId()).filter(id -> id != null
                && id.startsWith("step-current-")).findFirst().orElse(null);
    }
}
