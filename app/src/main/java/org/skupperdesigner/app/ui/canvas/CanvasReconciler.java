package org.skupperdesigner.app.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.Group;
import javafx.scene.Node;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;

/**
 * Brings the canvas in line with a network snapshot by element id: keeps the nodes of unchanged elements, updates
 * changed ones and adds/removes the rest, so an edit to one site touches one card.
 */
final class CanvasReconciler {

    private final Group cardLayer;
    private final Group linkLayer;
    private final Group serviceLayer;
    private final Map<String, SiteCardView> cards = new LinkedHashMap<>();
    private final Map<String, LinkView> links = new HashMap<>();
    private final Map<String, ServiceLineView> serviceLines = new HashMap<>();

    CanvasReconciler(Group cardLayer, Group linkLayer, Group serviceLayer) {
        this.cardLayer = cardLayer;
        this.linkLayer = linkLayer;
        this.serviceLayer = serviceLayer;
    }

    void reconcile(Network network) {
        reconcileCards(network);
        reconcileLinks(network);
        reconcileServiceLines(network);
    }

    private void reconcileCards(Network network) {
        Set<String> present = new HashSet<>();
        List<Node> added = new ArrayList<>();
        for (NetworkSite site : network.sites()) {
            present.add(site.id());
            SiteCardView card = cards.get(site.id());
            if (card == null) {
                card = new SiteCardView(site);
                cards.put(site.id(), card);
                added.add(card);
            } else {
                card.update(site);
            }
        }
        List<SiteCardView> gone = cards.values().stream().filter(c -> !present.contains(c.siteId())).toList();
        gone.forEach(c -> cards.remove(c.siteId()));
        cardLayer.getChildren().removeAll(gone);
        cardLayer.getChildren().addAll(added);
    }

    private void reconcileLinks(Network network) {
        Set<String> present = new HashSet<>();
        List<Node> added = new ArrayList<>();
        for (NetworkLink link : network.links()) {
            SiteCardView from = cards.get(link.fromSite());
            SiteCardView to = cards.get(link.toSite());
            if (from == null || to == null) {
                continue;
            }
            present.add(link.id());
            LinkView view = links.get(link.id());
            if (view != null && !view.connects(from, to)) {
                remove(view);
                view = null;
            }
            if (view == null) {
                view = new LinkView(link, from, to);
                links.put(link.id(), view);
                added.add(view);
            } else if (!view.link().equals(link) || from.site().isEdge() != view.getStyleClass()
                    .contains("edge-link")) {
                view.update(link);
            }
        }
        List<LinkView> gone = links.entrySet().stream().filter(e -> !present.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        gone.forEach(this::remove);
        linkLayer.getChildren().addAll(added);
    }

    private void remove(LinkView view) {
        view.dispose();
        links.remove(view.link().id());
        linkLayer.getChildren().remove(view);
    }

    private void reconcileServiceLines(Network network) {
        Map<String, List<String[]>> connectorsByKey = new HashMap<>();
        for (NetworkSite site : network.sites()) {
            site.resourcesOf(Connector.class).forEach(c -> {
                if (c.spec().routingKey() != null) {
                    connectorsByKey.computeIfAbsent(c.spec().routingKey(), k -> new ArrayList<>())
                            .add(new String[] {site.id(), site.elementId(c)});
                }
            });
        }
        Map<String, String[]> wanted = new LinkedHashMap<>();
        for (NetworkSite site : network.sites()) {
            for (Listener l : site.resourcesOf(Listener.class).toList()) {
                for (String[] c : connectorsByKey.getOrDefault(l.spec().routingKey(), List.of())) {
                    String lid = site.elementId(l);
                    wanted.put(lid + "->" + c[1], new String[] {site.id(), lid, c[0], c[1]});
                }
            }
        }
        List<String> stale = serviceLines.keySet().stream().filter(k -> !wanted.containsKey(k)).toList();
        for (String key : stale) {
            ServiceLineView view = serviceLines.remove(key);
            view.dispose();
            serviceLayer.getChildren().remove(view);
        }
        List<Node> added = new ArrayList<>();
        wanted.forEach((key, w) -> {
            ServiceLineView existing = serviceLines.get(key);
            SiteCardView lc = cards.get(w[0]);
            SiteCardView cc = cards.get(w[2]);
            if (existing != null) {
                existing.refresh();
                return;
            }
            ServiceLineView view = new ServiceLineView(lc, w[1], cc, w[3]);
            serviceLines.put(key, view);
            added.add(view);
        });
        serviceLayer.getChildren().addAll(added);
    }

    /** Recomputes every line's geometry (after a layout pass changed card sizes). */
    void refreshGeometry() {
        links.values().forEach(LinkView::refresh);
        serviceLines.values().forEach(ServiceLineView::refresh);
    }

    SiteCardView card(String siteId) {
        return cards.get(siteId);
    }

    Collection<SiteCardView> cards() {
        return cards.values();
    }

    Collection<LinkView> links() {
        return links.values();
    }

    Collection<ServiceLineView> serviceLines() {
        return serviceLines.values();
    }

    LinkView link(String linkId) {
        return links.get(linkId);
    }
}
