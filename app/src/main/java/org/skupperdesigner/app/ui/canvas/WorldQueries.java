package org.skupperdesigner.app.ui.canvas;

import java.util.Collection;
import java.util.Objects;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

import org.skupperdesigner.model.network.NetworkLink;

/**
 * Questions about the drawing in world coordinates, answered from site slots rather than nodes, so they hold for
 * sketched and not yet built cards too: what is under a point, the bounds of everything, whether a spot is free.
 */
final class WorldQueries {

    private final CanvasReconciler model;

    WorldQueries(CanvasReconciler model) {
        this.model = model;
    }

    /** The id of the first site whose card contains the point, or null. */
    String siteAt(Point2D world) {
        for (SiteSlot slot : model.slots()) {
            if (slot.contains(world.getX(), world.getY())) {
                return slot.siteId();
            }
        }
        return null;
    }

    /** The id of a link drawn within {@code tolerance} (world units) of the point, or null. */
    String linkAt(Point2D world, double tolerance) {
        for (NetworkLink link : model.linkModels().values()) {
            SiteSlot a = model.slot(link.fromSite());
            SiteSlot b = model.slot(link.toSite());
            if (a != null && b != null) {
                Point2D[] ends = CardGeometry.linkEnds(a, b);
                if (distanceToSegment(world, ends[0], ends[1]) <= tolerance) {
                    return link.id();
                }
            }
        }
        return null;
    }

    static double distanceToSegment(Point2D p, Point2D a, Point2D b) {
        Point2D ab = b.subtract(a);
        double lengthSquared = ab.dotProduct(ab);
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, p.subtract(a).dotProduct(ab) / lengthSquared));
        return p.distance(a.add(ab.multiply(t)));
    }

    /** Bounds of all cards, or null when there are none. */
    Bounds contentBounds() {
        return boundsOf(model.slots());
    }

    /** Bounds of the cards of {@code siteIds} that are on the canvas, or null when none is. */
    Bounds boundsOfSites(Collection<String> siteIds) {
        return boundsOf(siteIds.stream().map(model::slot).filter(Objects::nonNull).toList());
    }

    private static Bounds boundsOf(Collection<SiteSlot> slots) {
        if (slots.isEmpty()) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (SiteSlot slot : slots) {
            minX = Math.min(minX, slot.worldX());
            minY = Math.min(minY, slot.worldY());
            maxX = Math.max(maxX, slot.worldX() + SiteCardView.WIDTH);
            maxY = Math.max(maxY, slot.worldY() + Math.max(slot.height(), 80));
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** Whether a new card at (x, y) would keep clear of every card. */
    boolean isFree(double x, double y) {
        for (SiteSlot card : model.slots()) {
            double h = Math.max(card.height(), 140);
            if (x < card.worldX() + SiteCardView.WIDTH + 40 && x + SiteCardView.WIDTH + 40 > card.worldX()
                    && y < card.worldY() + h + 30 && y + 170 > card.worldY()) {
                return false;
            }
        }
        return true;
    }
}
