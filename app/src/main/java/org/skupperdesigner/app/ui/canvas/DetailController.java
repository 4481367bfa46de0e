package org.skupperdesigner.app.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

import org.skupperdesigner.model.network.NetworkLink;

/**
 * Level of detail (ADR 0406): picks {@link DetailLevel} for the view and decides which cards, links and service lines
 * have nodes. Small designs keep every node, as they always did. Larger ones build nodes only near the view - a few
 * cards per pulse, nearest first, while the sketch layer draws what is not built yet - and drop nodes that have
 * fallen far behind, so the scene holds a few dozen cards whatever the size of the design.
 */
final class DetailController {

    /** Designs with at most this many sites keep every node built. */
    static final int ALL_NODES_UP_TO = 60;
    /** Nodes are built for what lies within this many screen pixels around the view... */
    static final double BUILD_MARGIN_PX = 160;
    /** ...and dropped once further away than this (a gap, so that panning back and forth does not rebuild). */
    static final double KEEP_MARGIN_PX = 640;
    /** Cards built per pulse: each costs a CSS and layout pass of its own, so a pan never stalls a frame. */
    static final int CARDS_PER_PULSE = 3;
    /**
     * Cards built per pulse while the view moves: one, so that the pulse that builds stays cheaper than the frame
     * the renderer is drawing meanwhile (three made the slowest frames of a pan); the sketch fills in until then.
     */
    static final int CARDS_PER_MOVING_PULSE = 1;
    static final int LINES_PER_PULSE = 40;

    private final CanvasReconciler reconciler;
    private final Set<SiteSlot> pinned = new HashSet<>();
    private DetailLevel level = DetailLevel.FULL;
    private boolean pending;

    DetailController(CanvasReconciler reconciler) {
        this.reconciler = reconciler;
    }

    DetailLevel level() {
        return level;
    }

    /** Whether some node that the view needs is not built yet (the caller asks for another pulse). */
    boolean hasPending() {
        return pending;
    }

    boolean keepsEverything() {
        return reconciler.slots().size() <= ALL_NODES_UP_TO;
    }

    /**
     * Brings level and nodes in line with the view ({@code view} in world coordinates at {@code zoom}). Returns
     * true when work is left for the next pulse.
     */
    boolean update(Bounds view, double zoom, boolean serviceLines) {
        return update(view, zoom, serviceLines, false);
    }

    /** As {@link #update(Bounds, double, boolean)}; {@code moving}: the view is panning or zooming now. */
    boolean update(Bounds view, double zoom, boolean serviceLines, boolean moving) {
        level = DetailLevel.choose(level, zoom, visibleCards(view));
        if (keepsEverything()) {
            buildEverything();
            pending = false;
            return false;
        }
        Region build = Region.around(view, BUILD_MARGIN_PX / zoom);
        Region keep = Region.around(view, KEEP_MARGIN_PX / zoom);
        dropOutside(keep, serviceLines);
        int cards = moving ? CARDS_PER_MOVING_PULSE : CARDS_PER_PULSE;
        pending = level == DetailLevel.FULL && buildWithin(build, view, serviceLines, cards);
        return pending;
    }

    /** Builds every node (small designs; PNG export of the whole drawing). */
    void buildEverything() {
        reconciler.slots().forEach(reconciler::materialize);
        List.copyOf(reconciler.linkModels().keySet()).forEach(reconciler::materializeLink);
        List.copyOf(reconciler.pairings().keySet()).forEach(reconciler::materializeLine);
    }

    /** Keeps a card built on demand (by {@link DesignCanvas#card}) until the view moves, wherever it is. */
    void pin(SiteSlot slot) {
        pinned.add(slot);
    }

    /** The view moved: cards built on demand may be dropped again like any other. */
    void unpinAll() {
        pinned.clear();
    }

    /** Shows full nodes until the next update (PNG export). */
    void forceFull() {
        level = DetailLevel.FULL;
    }

    int visibleCards(Bounds view) {
        Region area = Region.around(view, 0);
        int count = 0;
        for (SiteSlot slot : reconciler.index().slotsNear(area)) {
            if (area.meets(slot)) {
                count++;
            }
        }
        return count;
    }

    private void dropOutside(Region keep, boolean serviceLines) {
        for (SiteSlot slot : List.copyOf(reconciler.builtSlots())) {
            if (!slot.isDragged() && !pinned.contains(slot) && !keep.meets(slot)) {
                reconciler.dematerialize(slot);
            }
        }
        for (String id : List.copyOf(reconciler.links().stream().map(v -> v.link().id()).toList())) {
            NetworkLink link = reconciler.linkModels().get(id);
            if (link == null || !keep.meets(reconciler.slot(link.fromSite()), reconciler.slot(link.toSite()))) {
                reconciler.dematerializeLink(id);
            }
        }
        for (Map.Entry<String, ServiceLineView> e : List.copyOf(reconciler.lineViews().entrySet())) {
            ServicePairing p = e.getValue().pairing();
            if (!serviceLines || !p.intersects(keep.minX, keep.minY, keep.maxX, keep.maxY)) {
                reconciler.dematerializeLine(e.getKey());
            }
        }
    }

    /** Builds up to a pulse's budget of missing nodes within {@code build}; true when some are still missing. */
    private boolean buildWithin(Region build, Bounds view, boolean serviceLines, int cards) {
        Point2D center = new Point2D(view.getCenterX(), view.getCenterY());
        WorldIndex index = reconciler.index();
        List<SiteSlot> missing = new ArrayList<>();
        for (SiteSlot slot : index.slotsNear(build)) {
            if (!slot.isMaterialized() && build.meets(slot)) {
                missing.add(slot);
            }
        }
        missing.sort(Comparator.comparingDouble(s -> center.distance(s.centerX(), s.centerY())));
        missing.stream().limit(cards).forEach(reconciler::materialize);
        int lines = 0;
        boolean linesLeft = false;
        for (String id : index.linksNear(build)) {
            NetworkLink link = reconciler.linkModels().get(id);
            if (link != null && reconciler.link(id) == null
                    && build.meets(reconciler.slot(link.fromSite()), reconciler.slot(link.toSite()))) {
                if (lines++ < LINES_PER_PULSE) {
                    reconciler.materializeLink(id);
                } else {
                    linesLeft = true;
                }
            }
        }
        if (serviceLines) {
            for (String key : index.pairingsNear(build)) {
                ServicePairing pairing = reconciler.pairings().get(key);
                if (pairing != null && !reconciler.lineViews().containsKey(key) && build.meets(pairing)) {
                    if (lines++ < LINES_PER_PULSE) {
                        reconciler.materializeLine(key);
                    } else {
                        linesLeft = true;
                    }
                }
            }
        }
        return missing.size() > cards || linesLeft;
    }

    /** A rectangle in world coordinates. */
    record Region(double minX, double minY, double maxX, double maxY) {

        static Region around(Bounds view, double margin) {
            return new Region(view.getMinX() - margin, view.getMinY() - margin, view.getMaxX() + margin,
                    view.getMaxY() + margin);
        }

        boolean meets(SiteSlot slot) {
            return slot.intersects(minX, minY, maxX, maxY);
        }

        /** Whether the service line's curve (its bounding box) meets the region. */
        boolean meets(ServicePairing pairing) {
            return pairing.intersects(minX, minY, maxX, maxY);
        }

        /** Whether the link between two cards (the box spanned by their centres) meets the region. */
        boolean meets(SiteSlot a, SiteSlot b) {
            if (a == null || b == null) {
                return false;
            }
            return Math.min(a.centerX(), b.centerX()) <= maxX && Math.max(a.centerX(), b.centerX()) >= minX
                    && Math.min(a.centerY(), b.centerY()) <= maxY && Math.max(a.centerY(), b.centerY()) >= minY;
        }
    }
}
