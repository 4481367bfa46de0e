package org.skupperdesigner.app.ui.canvas;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.skupperdesigner.app.ui.common.PlatformColors;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Cards, links and service lines drawn as plain shapes on one screen-sized canvas, culled to the view: the whole
 * drawing at {@link DetailLevel#SKETCH}, and at {@link DetailLevel#FULL} only what has no node yet (for the pulse or
 * two until it is built). One canvas costs the renderer a single image however many sites it shows. Colours follow
 * designer.css.
 */
final class SketchLayer extends Canvas {

    private static final Color CARD_FILL = Color.WHITE;
    private static final Color CARD_BORDER = Color.web("#d0d7de");
    private static final Color SELECTED = Color.web("#0969da");
    private static final Color EMPHASIZED = Color.web("#1a7f37");
    private static final Color LINK = Color.web("#57606a");
    private static final Color SERVICE = Color.web("#8250df");
    private static final Color NAME = Color.web("#1f2328");
    private static final Color ROW_LISTENER = Color.web("#ddf4ff");
    private static final Color ROW_CONNECTOR = Color.web("#dafbe1");
    private static final Color ROW_OTHER = Color.web("#eef1f4");
    private static final double DIMMED_ALPHA = 0.28;
    /** Names are drawn at least this many pixels high, and not at all below {@link #MIN_NAME_ZOOM}. */
    private static final double MIN_NAME_PX = 8;
    private static final double MIN_NAME_ZOOM = 0.3;
    /** Below this zoom an arrow head would be a few pixels wide: links are drawn without. */
    private static final double MIN_ARROW_ZOOM = 0.35;
    /** Below this zoom rounded corners would be a pixel or two: cards are plain rectangles, much cheaper to fill. */
    private static final double MIN_ROUND_ZOOM = 0.4;

    /** Selection and analysis state, by element id. */
    interface Styles {
        boolean selected(String elementId);

        boolean emphasized(String elementId);

        boolean dimmed(String elementId);

        boolean serviceLineEmphasized(String listenerId, String connectorId);

        boolean serviceLineDimmed(String listenerId, String connectorId);
    }

    private boolean empty = true;
    private int drawnCards;
    /** Cards drawn by this redraw, named in a second pass. */
    private final List<SiteSlot> named = new ArrayList<>();

    SketchLayer() {
        setMouseTransparent(true);
    }

    /** Cards drawn by the last redraw (for tests). */
    int drawnCards() {
        return drawnCards;
    }

    void redraw(CanvasViewport viewport, DetailLevel level, CanvasReconciler model, boolean serviceLines,
            Styles styles) {
        GraphicsContext g = getGraphicsContext2D();
        boolean sketchAll = level == DetailLevel.SKETCH;
        if (!sketchAll && empty && !hasUnbuiltVisible(viewport, model, serviceLines)) {
            drawnCards = 0;
            setVisible(false);
            return;
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, getWidth(), getHeight());
        drawnCards = 0;
        empty = true;
        double z = viewport.zoom();
        Bounds view = viewport.visibleWorld(getWidth(), getHeight());
        // at the pan as the world is drawn, so sketched cards line up with the built ones beside them
        g.setTransform(z, 0, 0, z, viewport.drawnPanX(), viewport.drawnPanY());
        WorldIndex index = model.index();
        DetailController.Region area = DetailController.Region.around(view, 0);
        for (String id : index.linksNear(area)) {
            NetworkLink link = model.linkModels().get(id);
            if (link != null && (sketchAll || model.link(id) == null)) {
                drawLink(g, link, model, area, z, styles);
            }
        }
        if (serviceLines) {
            for (String key : index.pairingsNear(area)) {
                ServicePairing pairing = model.pairings().get(key);
                if (pairing != null && (sketchAll || !model.lineViews().containsKey(key)) && area.meets(pairing)) {
                    drawServiceLine(g, pairing, z, styles);
                }
            }
        }
        named.clear();
        for (SiteSlot slot : index.slotsNear(area)) {
            if ((sketchAll || !slot.isMaterialized()) && area.meets(slot)) {
                drawCard(g, slot, z, styles);
            }
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
        if (z >= MIN_NAME_ZOOM) {
            drawNames(g, viewport, styles);
        }
        g.setGlobalAlpha(1);
        // an empty canvas still costs the renderer a screen-sized blend every frame: hide it instead
        setVisible(!empty);
    }

    private boolean hasUnbuiltVisible(CanvasViewport viewport, CanvasReconciler model, boolean serviceLines) {
        Bounds view = viewport.visibleWorld(getWidth(), getHeight());
        WorldIndex index = model.index();
        DetailController.Region area = DetailController.Region.around(view, 0);
        for (SiteSlot slot : index.slotsNear(area)) {
            if (!slot.isMaterialized() && area.meets(slot)) {
                return true;
            }
        }
        for (String id : index.linksNear(area)) {
            NetworkLink link = model.linkModels().get(id);
            if (link != null && model.link(id) == null && linkMeets(link, model, area)) {
                return true;
            }
        }
        if (serviceLines) {
            for (String key : index.pairingsNear(area)) {
                ServicePairing pairing = model.pairings().get(key);
                if (pairing != null && !model.lineViews().containsKey(key) && area.meets(pairing)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean linkMeets(NetworkLink link, CanvasReconciler model, DetailController.Region area) {
        return area.meets(model.slot(link.fromSite()), model.slot(link.toSite()));
    }

    private void drawLink(GraphicsContext g, NetworkLink link, CanvasReconciler model, DetailController.Region area,
            double z, Styles styles) {
        SiteSlot from = model.slot(link.fromSite());
        SiteSlot to = model.slot(link.toSite());
        if (from == null || to == null || !linkMeets(link, model, area)) {
            return;
        }
        String id = ElementIds.LINK_PREFIX + link.id();
        Point2D[] ends = CardGeometry.linkEnds(from, to);
        boolean selected = styles.selected(id);
        boolean emphasized = styles.emphasized(id);
        Color color = selected ? SELECTED : emphasized ? EMPHASIZED : LINK;
        double width = emphasized ? 3.5 : selected ? 3 : 2;
        g.setGlobalAlpha(styles.dimmed(id) ? DIMMED_ALPHA : 1);
        g.setStroke(color);
        g.setLineWidth(Math.max(width, 1 / z));
        g.setLineDashes(from.site().isEdge() ? new double[] {8, 5} : null);
        g.strokeLine(ends[0].getX(), ends[0].getY(), ends[1].getX(), ends[1].getY());
        g.setLineDashes(null);
        if (z < MIN_ARROW_ZOOM) {
            empty = false;
            return;
        }
        double angle = Math.atan2(ends[1].getY() - ends[0].getY(), ends[1].getX() - ends[0].getX());
        double arrow = 11;
        double bx = ends[1].getX() - arrow * Math.cos(angle);
        double by = ends[1].getY() - arrow * Math.sin(angle);
        double px = Math.sin(angle) * arrow * 0.5;
        double py = -Math.cos(angle) * arrow * 0.5;
        g.setFill(color);
        g.fillPolygon(new double[] {ends[1].getX(), bx + px, bx - px}, new double[] {ends[1].getY(), by + py,
            by - py}, 3);
        empty = false;
    }

    private void drawServiceLine(GraphicsContext g, ServicePairing p, double z, Styles styles) {
        boolean emphasized = styles.serviceLineEmphasized(p.listenerId(), p.connectorId());
        boolean dimmed = styles.serviceLineDimmed(p.listenerId(), p.connectorId());
        double[] c = p.curve();
        Color color = emphasized ? EMPHASIZED : SERVICE;
        g.setGlobalAlpha(dimmed ? DIMMED_ALPHA : 0.85);
        g.setStroke(color);
        g.setLineWidth(Math.max(emphasized ? 2.5 : 1.6, 1 / z));
        // solid, not dashed as the nodes are: dashing curves was the largest cost of a sketched frame
        g.beginPath();
        g.moveTo(c[0], c[1]);
        g.bezierCurveTo(c[2], c[3], c[4], c[5], c[6], c[7]);
        g.stroke();
        g.setFill(color);
        g.fillOval(c[0] - 3.5, c[1] - 3.5, 7, 7);
        g.fillOval(c[6] - 3.5, c[7] - 3.5, 7, 7);
        empty = false;
    }

    /**
     * Names are drawn in screen pixels at a whole-pixel size: text under the zoom transform (or at a new size on
     * every zoom step) is rasterised from glyph outlines each frame instead of coming from the glyph cache.
     */
    private void drawNames(GraphicsContext g, CanvasViewport viewport, Styles styles) {
        double z = viewport.zoom();
        double panX = viewport.drawnPanX();
        double panY = viewport.drawnPanY();
        g.setFont(Font.font(null, FontWeight.BOLD, Math.round(Math.max(15 * z, MIN_NAME_PX))));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(NAME);
        for (SiteSlot slot : named) {
            g.setGlobalAlpha(styles.dimmed(ElementIds.site(slot.siteId())) ? DIMMED_ALPHA : 1);
            g.fillText(slot.site().name(), Math.round((slot.worldX() + 56) * z + panX),
                    Math.round((slot.worldY() + 30) * z + panY), (SiteCardView.WIDTH - 66) * z);
        }
    }

    private void drawCard(GraphicsContext g, SiteSlot slot, double z, Styles styles) {
        String id = ElementIds.site(slot.siteId());
        double x = slot.worldX();
        double y = slot.worldY();
        double w = SiteCardView.WIDTH;
        double h = slot.height();
        Color platform = PlatformColors.of(slot.site().platform());
        boolean selected = styles.selected(id);
        boolean emphasized = styles.emphasized(id);
        // the border is a slightly larger fill under the card: filling is much cheaper than stroking
        double border = Math.max(selected || emphasized ? 2 : 1, 1 / z);
        g.setGlobalAlpha(styles.dimmed(id) ? DIMMED_ALPHA : 1);
        g.setFill(selected ? SELECTED : emphasized ? EMPHASIZED : CARD_BORDER);
        if (z >= MIN_ROUND_ZOOM) {
            g.fillRoundRect(x - border, y - border, w + 2 * border, h + 2 * border, 20 + border, 20 + border);
            g.setFill(CARD_FILL);
            g.fillRoundRect(x, y, w, h, 20, 20);
        } else {
            g.fillRect(x - border, y - border, w + 2 * border, h + 2 * border);
            g.setFill(CARD_FILL);
            g.fillRect(x, y, w, h);
        }
        // the small parts are plain rectangles: the renderer fills those without rasterising a path
        g.setFill(platform);
        g.fillRect(x + 4, y, w - 8, 4);
        g.fillRect(x + 12, y + 16, 34, 34);
        for (SkupperResource r : SiteCardView.shownResources(slot.site())) {
            double cy = slot.rowCenterY(slot.site().elementId(r));
            g.setFill(switch (ServiceSide.of(r)) {
                case CONSUMER -> ROW_LISTENER;
                case PROVIDER -> ROW_CONNECTOR;
                case NONE -> ROW_OTHER;
            });
            g.fillRect(x + 12, cy - 7, w - 24, 14);
        }
        named.add(slot);
        drawnCards++;
        empty = false;
    }
}
