package org.skupperdesigner.app.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.function.Consumer;

import javafx.scene.Group;
import javafx.scene.Node;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.support.ServiceEndpoint;
import org.skupperdesigner.model.validation.support.ServiceIndex;
import org.skupperdesigner.model.validation.support.SiteServices;

/**
 * Brings the canvas in line with a network snapshot by element id: one {@link SiteSlot} per site, the links and the
 * routing-key pairings. Which of them also have nodes (cards, link views, service line views) is decided by
 * {@link DetailController}; this class builds and drops those nodes on request and keeps the built ones up to date,
 * so an edit to one site touches one card.
 */
final class CanvasReconciler {

    private final Group cardLayer;
    private final Group linkLayer;
    private final Group serviceLayer;
    private final CardMetrics metrics = new CardMetrics();
    private final Map<String, SiteSlot> slots = new LinkedHashMap<>();
    private final Map<String, NetworkLink> links = new LinkedHashMap<>();
    private final Map<String, LinkView> linkViews = new HashMap<>();
    private final Map<String, ServicePairing> pairings = new LinkedHashMap<>();
    private final Map<String, ServiceLineView> lineViews = new HashMap<>();
    /** Slots whose card is built, in building order. */
    private final Set<SiteSlot> built = new java.util.LinkedHashSet<>();
    private final WorldIndex index = new WorldIndex(this);
    private Consumer<Node> onBuilt = node -> { };

    CanvasReconciler(Group cardLayer, Group linkLayer, Group serviceLayer) {
        this.cardLayer = cardLayer;
        this.linkLayer = linkLayer;
        this.serviceLayer = serviceLayer;
    }

    /** Called after a card, link or service line node was built (to style it). */
    void onBuilt(Consumer<Node> action) {
        this.onBuilt = action;
    }

    void reconcile(Network network) {
        reconcileSlots(network);
        reconcileLinks(network);
        reconcilePairings(network);
        index.invalidate();
    }

    /** Where slots, links and pairings lie: what is near the view, without walking the whole design. */
    WorldIndex index() {
        return index;
    }

    private void reconcileSlots(Network network) {
        Set<String> present = new HashSet<>();
        for (NetworkSite site : network.sites()) {
            present.add(site.id());
            SiteSlot slot = slots.get(site.id());
            if (slot == null) {
                slots.put(site.id(), new SiteSlot(site, metrics));
            } else {
                slot.update(site);
            }
        }
        List<SiteSlot> gone = slots.values().stream().filter(s -> !present.contains(s.siteId())).toList();
        for (SiteSlot slot : gone) {
            dematerialize(slot);
            slots.remove(slot.siteId());
        }
    }

    private void reconcileLinks(Network network) {
        Map<String, NetworkLink> wanted = new LinkedHashMap<>();
        for (NetworkLink link : network.links()) {
            if (slots.containsKey(link.fromSite()) && slots.containsKey(link.toSite())) {
                wanted.put(link.id(), link);
            }
        }
        for (String id : List.copyOf(links.keySet())) {
            NetworkLink now = wanted.get(id);
            LinkView view = linkViews.get(id);
            if (now == null || view != null && !view.connects(slots.get(now.fromSite()), slots.get(now.toSite()))) {
                dematerializeLink(id);
            } else if (view != null && (!view.link().equals(now) || slots.get(now.fromSite()).site().isEdge()
                    != view.getStyleClass().contains("edge-link"))) {
                view.update(now);
            }
        }
        links.clear();
        links.putAll(wanted);
    }

    /**
     * One service line per listener row and connector row that share a routing key: a MultiKeyListener has one to the
     * connectors of each of its keys, and a paired AttachedConnectorBinding serves its key like a connector.
     */
    private void reconcilePairings(Network network) {
        List<SiteServices> services = network.sites().stream().map(SiteServices::of).toList();
        ServiceIndex index = new ServiceIndex(services);
        Map<String, ServicePairing> wanted = new LinkedHashMap<>();
        for (SiteServices site : services) {
            for (ServiceEndpoint l : site.listeners()) {
                for (ServiceEndpoint c : index.connectors(l.routingKey())) {
                    wanted.putIfAbsent(l.elementId() + "->" + c.elementId(), new ServicePairing(
                            slots.get(l.siteId()), l.elementId(), slots.get(c.siteId()), c.elementId()));
                }
            }
        }
        for (String key : List.copyOf(pairings.keySet())) {
            ServiceLineView view = lineViews.get(key);
            if (view == null) {
                continue;
            }
            if (!view.pairing().equals(wanted.get(key))) {
                dematerializeLine(key);
            } else {
                view.refresh();
            }
        }
        pairings.clear();
        pairings.putAll(wanted);
    }

    // ---- building and dropping nodes ---------------------------------------------------------------------------

    SiteCardView materialize(SiteSlot slot) {
        if (slot.isMaterialized()) {
            return slot.view();
        }
        SiteCardView card = slot.materialize();
        built.add(slot);
        cardLayer.getChildren().add(card);
        onBuilt.accept(card);
        return card;
    }

    void dematerialize(SiteSlot slot) {
        built.remove(slot);
        SiteCardView gone = slot.dematerialize();
        if (gone != null) {
            cardLayer.getChildren().remove(gone);
        }
    }

    LinkView materializeLink(String linkId) {
        LinkView view = linkViews.get(linkId);
        NetworkLink link = links.get(linkId);
        if (view == null && link != null) {
            view = new LinkView(link, slots.get(link.fromSite()), slots.get(link.toSite()));
            linkViews.put(linkId, view);
            linkLayer.getChildren().add(view);
            onBuilt.accept(view);
        }
        return view;
    }

    void dematerializeLink(String linkId) {
        LinkView view = linkViews.remove(linkId);
        if (view != null) {
            view.dispose();
            linkLayer.getChildren().remove(view);
        }
    }

    ServiceLineView materializeLine(String key) {
        ServiceLineView view = lineViews.get(key);
        ServicePairing pairing = pairings.get(key);
        if (view == null && pairing != null) {
            view = new ServiceLineView(pairing);
            lineViews.put(key, view);
            serviceLayer.getChildren().add(view);
            onBuilt.accept(view);
        }
        return view;
    }

    void dematerializeLine(String key) {
        ServiceLineView view = lineViews.remove(key);
        if (view != null) {
            view.dispose();
            serviceLayer.getChildren().remove(view);
        }
    }

    // ---- queries -----------------------------------------------------------------------------------------------

    SiteSlot slot(String siteId) {
        return slots.get(siteId);
    }

    Collection<SiteSlot> slots() {
        return slots.values();
    }

    /** The card node of a site, or null when the site has none built (see {@link DesignCanvas#card}). */
    SiteCardView card(String siteId) {
        SiteSlot slot = slots.get(siteId);
        return slot == null ? null : slot.view();
    }

    /** Built card nodes. */
    List<SiteCardView> cards() {
        List<SiteCardView> cards = new ArrayList<>(built.size());
        for (SiteSlot slot : built) {
            cards.add(slot.view());
        }
        return cards;
    }

    /** Slots whose card is built. */
    Collection<SiteSlot> builtSlots() {
        return built;
    }

    Map<String, NetworkLink> linkModels() {
        return links;
    }

    Collection<LinkView> links() {
        return linkViews.values();
    }

    LinkView link(String linkId) {
        return linkViews.get(linkId);
    }

    Map<String, ServicePairing> pairings() {
        return pairings;
    }

    Map<String, ServiceLineView> lineViews() {
        return lineViews;
    }

    Collection<ServiceLineView> serviceLines() {
        return lineViews.values();
    }
}
