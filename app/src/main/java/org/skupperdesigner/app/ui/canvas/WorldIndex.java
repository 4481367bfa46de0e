package org.skupperdesigner.app.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.skupperdesigner.model.network.NetworkLink;

/**
 * Site slots, links and service pairings bucketed by where they lie in the world, so the level of detail and the
 * sketch visit what is near the view on every frame instead of the whole design.
 *
 * <p>Buckets are filled from card positions only, not heights (those change as cards are built): a slot is
 * bucketed by its top-left corner and found by widening the query by a card's width and the tallest card; links and
 * pairings are bucketed over a box that holds them whatever the heights. So a query returns candidates, and callers
 * test each exactly as before. The index is rebuilt on first use after the design changed or a card was dragged.
 */
final class WorldIndex {

    /** World units per bucket side: a few cards across, so a view touches a handful of buckets. */
    static final double CELL = 800;
    /** Added to the tallest card seen, for cards that grow after the index was built. */
    private static final double HEIGHT_SLACK = 200;
    /** The most a service curve bends out beyond its cards (see {@link ServicePairing#curve()}). */
    private static final double MIN_BEND = 40;

    private final CanvasReconciler model;
    private final Map<Long, Bucket> buckets = new HashMap<>();
    private double tallest;
    private boolean stale = true;

    private static final class Bucket {
        final List<SiteSlot> slots = new ArrayList<>();
        final List<String> links = new ArrayList<>();
        final List<String> pairings = new ArrayList<>();
    }

    WorldIndex(CanvasReconciler model) {
        this.model = model;
    }

    /** The design changed or a card moved: rebuild before the next query. */
    void invalidate() {
        stale = true;
    }

    /** Slots whose cards may meet {@code area} (test each with {@link DetailController.Region#meets(SiteSlot)}). */
    List<SiteSlot> slotsNear(DetailController.Region area) {
        ensureBuilt();
        List<SiteSlot> found = new ArrayList<>();
        forEachBucket(area.minX() - SiteCardView.WIDTH, area.minY() - tallest, area.maxX(), area.maxY(),
                b -> found.addAll(b.slots));
        return found;
    }

    /** Ids of links that may meet {@code area}, in no particular order and each once. */
    Set<String> linksNear(DetailController.Region area) {
        ensureBuilt();
        Set<String> found = new LinkedHashSet<>();
        forEachBucket(area.minX(), area.minY(), area.maxX(), area.maxY(), b -> found.addAll(b.links));
        return found;
    }

    /** Keys of service pairings that may meet {@code area}, each once. */
    Set<String> pairingsNear(DetailController.Region area) {
        ensureBuilt();
        Set<String> found = new LinkedHashSet<>();
        forEachBucket(area.minX(), area.minY(), area.maxX(), area.maxY(), b -> found.addAll(b.pairings));
        return found;
    }

    private void ensureBuilt() {
        if (!stale) {
            return;
        }
        buckets.clear();
        tallest = 0;
        for (SiteSlot slot : model.slots()) {
            tallest = Math.max(tallest, slot.height());
            bucket(cell(slot.worldX()), cell(slot.worldY())).slots.add(slot);
        }
        tallest += HEIGHT_SLACK;
        for (Map.Entry<String, NetworkLink> e : model.linkModels().entrySet()) {
            SiteSlot a = model.slot(e.getValue().fromSite());
            SiteSlot b = model.slot(e.getValue().toSite());
            if (a != null && b != null) {
                // the segment joins the card centres, which lie within each card's column and tallest height
                spanning(a, b, 0, b2 -> b2.links.add(e.getKey()));
            }
        }
        for (Map.Entry<String, ServicePairing> e : model.pairings().entrySet()) {
            SiteSlot a = e.getValue().listenerSlot();
            SiteSlot b = e.getValue().connectorSlot();
            if (a != null && b != null) {
                double across = Math.abs(a.worldX() - b.worldX()) + SiteCardView.WIDTH;
                spanning(a, b, Math.max(MIN_BEND, across / 2.5), b2 -> b2.pairings.add(e.getKey()));
            }
        }
        stale = false;
    }

    /** Adds to every bucket under the box of both cards (at the tallest height), widened sideways by {@code bend}. */
    private void spanning(SiteSlot a, SiteSlot b, double bend, Consumer<Bucket> add) {
        double minX = Math.min(a.worldX(), b.worldX()) - bend;
        double maxX = Math.max(a.worldX(), b.worldX()) + SiteCardView.WIDTH + bend;
        double minY = Math.min(a.worldY(), b.worldY());
        double maxY = Math.max(a.worldY(), b.worldY()) + tallest;
        for (long cx = cell(minX); cx <= cell(maxX); cx++) {
            for (long cy = cell(minY); cy <= cell(maxY); cy++) {
                add.accept(bucket(cx, cy));
            }
        }
    }

    private void forEachBucket(double minX, double minY, double maxX, double maxY, Consumer<Bucket> visit) {
        for (long cx = cell(minX); cx <= cell(maxX); cx++) {
            for (long cy = cell(minY); cy <= cell(maxY); cy++) {
                Bucket b = buckets.get(key(cx, cy));
                if (b != null) {
                    visit.accept(b);
                }
            }
        }
    }

    private Bucket bucket(long cx, long cy) {
        return buckets.computeIfAbsent(key(cx, cy), k -> new Bucket());
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
