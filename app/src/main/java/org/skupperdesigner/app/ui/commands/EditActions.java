package org.skupperdesigner.app.ui.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.skupperdesigner.app.ui.selection.SelectionModel;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Position;

/** Delete, select all, copy/paste/duplicate and align for the current selection; one edit each. */
public final class EditActions {

    /** How far pasted copies land from their originals, in canvas units. */
    public static final double PASTE_OFFSET = 40;

    /** Site widths on the canvas, for centring. */
    private final double cardWidth;
    private final DocumentModel document;
    private final SelectionModel selection;
    private List<NetworkSite> clipboardSites = List.of();
    private List<NetworkLink> clipboardLinks = List.of();
    private int pasteCount;

    public EditActions(DocumentModel document, SelectionModel selection, double cardWidth) {
        this.document = document;
        this.selection = selection;
        this.cardWidth = cardWidth;
    }

    public void delete() {
        if (!selection.selected().isEmpty()) {
            List<String> ids = new ArrayList<>(selection.selected());
            selection.clear();
            document.apply(NetworkEdits.delete(ids));
        }
    }

    public void selectAll() {
        List<String> ids = new ArrayList<>();
        document.network().sites().forEach(s -> ids.add(s.elementId()));
        selection.selectAll(ids);
    }

    public boolean copy() {
        Network n = document.network();
        Set<String> ids = selection.selectedSiteIds();
        if (ids.isEmpty()) {
            return false;
        }
        clipboardSites = n.sites().stream().filter(s -> ids.contains(s.id())).toList();
        clipboardLinks = n.links().stream().filter(l -> ids.contains(l.fromSite()) && ids.contains(l.toSite()))
                .toList();
        pasteCount = 0;
        return true;
    }

    public void cut() {
        if (copy()) {
            delete();
        }
    }

    public void paste() {
        if (clipboardSites.isEmpty()) {
            return;
        }
        pasteCount++;
        pasteAndSelect(clipboardSites, clipboardLinks, PASTE_OFFSET * pasteCount);
    }

    public void duplicate() {
        Network n = document.network();
        Set<String> ids = selection.selectedSiteIds();
        if (ids.isEmpty()) {
            return;
        }
        List<NetworkSite> sites = n.sites().stream().filter(s -> ids.contains(s.id())).toList();
        List<NetworkLink> links = n.links().stream().filter(l -> ids.contains(l.fromSite())
                && ids.contains(l.toSite())).toList();
        pasteAndSelect(sites, links, PASTE_OFFSET);
    }

    private void pasteAndSelect(List<NetworkSite> sites, List<NetworkLink> links, double offset) {
        Set<String> before = Set.copyOf(document.network().sites().stream().map(NetworkSite::id).toList());
        document.apply(NetworkEdits.pasteSites(sites, links, offset, offset));
        List<String> added = document.network().sites().stream().map(NetworkSite::id)
                .filter(id -> !before.contains(id)).map(ElementIds::site).toList();
        selection.selectAll(added);
    }

    /** Alignment of the selected sites. */
    public enum Alignment { LEFT, CENTER, RIGHT, TOP, MIDDLE, BOTTOM, DISTRIBUTE_HORIZONTALLY, DISTRIBUTE_VERTICALLY }

    public void align(Alignment alignment) {
        List<NetworkSite> sites = document.network().sites().stream()
                .filter(s -> selection.selectedSiteIds().contains(s.id())).toList();
        if (sites.size() < 2) {
            return;
        }
        Map<String, Position> moved = new LinkedHashMap<>();
        double minX = sites.stream().mapToDouble(s -> s.position().x()).min().orElse(0);
        double maxX = sites.stream().mapToDouble(s -> s.position().x()).max().orElse(0);
        double minY = sites.stream().mapToDouble(s -> s.position().y()).min().orElse(0);
        double maxY = sites.stream().mapToDouble(s -> s.position().y()).max().orElse(0);
        switch (alignment) {
            case LEFT -> sites.forEach(s -> moved.put(s.id(), new Position(minX, s.position().y())));
            case RIGHT -> sites.forEach(s -> moved.put(s.id(), new Position(maxX, s.position().y())));
            case CENTER -> sites.forEach(s -> moved.put(s.id(), new Position((minX + maxX) / 2, s.position().y())));
            case TOP -> sites.forEach(s -> moved.put(s.id(), new Position(s.position().x(), minY)));
            case BOTTOM -> sites.forEach(s -> moved.put(s.id(), new Position(s.position().x(), maxY)));
            case MIDDLE -> sites.forEach(s -> moved.put(s.id(), new Position(s.position().x(), (minY + maxY) / 2)));
            case DISTRIBUTE_HORIZONTALLY -> distribute(sites, s -> s.position().x(), minX,
                    Math.max(maxX - minX, (sites.size() - 1) * (cardWidth + 40)), true, moved);
            case DISTRIBUTE_VERTICALLY -> distribute(sites, s -> s.position().y(), minY, maxY - minY, false, moved);
            default -> { }
        }
        document.apply(new Edit("Align " + sites.size() + " sites",
                NetworkEdits.moveSites(moved).change()));
    }

    private static void distribute(List<NetworkSite> sites, ToDoubleFunction<NetworkSite> axis, double start,
                                   double span, boolean horizontal, Map<String, Position> out) {
        List<NetworkSite> sorted = new ArrayList<>(sites);
        sorted.sort(Comparator.comparingDouble(axis));
        double step = span / (sorted.size() - 1);
        for (int i = 0; i < sorted.size(); i++) {
            NetworkSite s = sorted.get(i);
            double v = start + i * step;
            out.put(s.id(), horizontal ? new Position(v, s.position().y()) : new Position(s.position().x(), v));
        }
    }
}
