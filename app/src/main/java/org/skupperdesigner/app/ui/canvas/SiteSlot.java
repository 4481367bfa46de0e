package org.skupperdesigner.app.ui.canvas;

import java.util.HashMap;
import java.util.Map;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

import org.skupperdesigner.model.network.NetworkSite;

/**
 * Where a site's card is on the canvas, whether or not its card node exists. Links, service lines, overlays, the
 * minimap and the sketch layer read geometry from here, so a card only needs nodes while it is near the viewport
 * (ADR 0406). Heights and row offsets come from the card when it is built, are remembered after it is dropped (while
 * the site's content stays the same) and are estimated by {@link CardMetrics} before the card was ever built.
 */
final class SiteSlot {

    private final String siteId;
    private final CardMetrics metrics;
    private final ReadOnlyLongWrapper geometry = new ReadOnlyLongWrapper(this, "geometry");
    private final ChangeListener<Object> bump = (o, was, now) -> bumpGeometry();
    private NetworkSite site;
    private SiteCardView view;
    private double dragX;
    private double dragY;
    private double rememberedHeight = Double.NaN;
    private final Map<String, Double> rememberedRows = new HashMap<>();
    private CardMetrics.Estimate estimate;

    SiteSlot(NetworkSite site, CardMetrics metrics) {
        this.siteId = site.id();
        this.metrics = metrics;
        this.site = site;
        this.estimate = metrics.estimate(site);
    }

    String siteId() {
        return siteId;
    }

    NetworkSite site() {
        return site;
    }

    /** Takes a new snapshot of the site; forgets remembered sizes when its content (not just its place) changed. */
    void update(NetworkSite newSite) {
        if (newSite.equals(site)) {
            return;
        }
        if (!newSite.withPosition(site.position()).equals(site)) {
            rememberedHeight = Double.NaN;
            rememberedRows.clear();
            estimate = metrics.estimate(newSite);
        }
        site = newSite;
        if (view != null) {
            view.update(newSite);
        }
        bumpGeometry();
    }

    // ---- the card node -----------------------------------------------------------------------------------------

    SiteCardView view() {
        return view;
    }

    boolean isMaterialized() {
        return view != null;
    }

    /** Builds the card node (the caller adds it to the scene). */
    SiteCardView materialize() {
        if (view == null) {
            view = new SiteCardView(site);
            view.setTranslateX(dragX);
            view.setTranslateY(dragY);
            view.geometryProperty().addListener(bump);
        }
        return view;
    }

    /** Drops the card node, remembering its measured size (the caller removes it from the scene). */
    SiteCardView dematerialize() {
        SiteCardView gone = view;
        if (gone != null) {
            if (gone.getHeight() > 0) {
                rememberedHeight = gone.getHeight();
                rememberedRows.clear();
                gone.resourceRows().forEach(r -> rememberedRows.put(r.elementId(),
                        gone.rowCenterY(r.elementId()) - gone.worldY()));
            }
            gone.geometryProperty().removeListener(bump);
            view = null;
        }
        return gone;
    }

    // ---- drag preview ------------------------------------------------------------------------------------------

    void setDrag(double dx, double dy) {
        dragX = dx;
        dragY = dy;
        if (view != null) {
            view.setTranslateX(dx);
            view.setTranslateY(dy);
        } else {
            bumpGeometry();
        }
    }

    double dragX() {
        return dragX;
    }

    double dragY() {
        return dragY;
    }

    boolean isDragged() {
        return dragX != 0 || dragY != 0;
    }

    // ---- geometry in world coordinates -------------------------------------------------------------------------

    double worldX() {
        return site.position().x() + dragX;
    }

    double worldY() {
        return site.position().y() + dragY;
    }

    double width() {
        return SiteCardView.WIDTH;
    }

    /** The card's height: as laid out when it has a node, else as last laid out, else estimated. */
    double height() {
        if (view != null && view.getHeight() > 0) {
            return view.getHeight();
        }
        return Double.isNaN(rememberedHeight) ? estimate.height() : rememberedHeight;
    }

    double centerX() {
        return worldX() + SiteCardView.WIDTH / 2;
    }

    double centerY() {
        return worldY() + Math.max(height(), 40) / 2;
    }

    /** Vertical centre of a resource row in world coordinates; the card centre when the row is unknown. */
    double rowCenterY(String elementId) {
        if (view != null && view.getHeight() > 0) {
            return view.rowCenterY(elementId);
        }
        Double offset = rememberedRows.get(elementId);
        if (offset == null && Double.isNaN(rememberedHeight)) {
            offset = estimate.rowCenter(elementId);
        }
        return offset == null ? centerY() : worldY() + offset;
    }

    Bounds bounds() {
        return new BoundingBox(worldX(), worldY(), SiteCardView.WIDTH, height());
    }

    boolean intersects(double minX, double minY, double maxX, double maxY) {
        double x = worldX();
        double y = worldY();
        return x < maxX && x + SiteCardView.WIDTH > minX && y < maxY && y + height() > minY;
    }

    boolean contains(double x, double y) {
        return x >= worldX() && x <= worldX() + SiteCardView.WIDTH && y >= worldY() && y <= worldY() + height();
    }

    /** Changes whenever the card moves or changes size: what attached lines follow. */
    ReadOnlyLongProperty geometryProperty() {
        return geometry.getReadOnlyProperty();
    }

    private void bumpGeometry() {
        geometry.set(geometry.get() + 1);
    }
}
