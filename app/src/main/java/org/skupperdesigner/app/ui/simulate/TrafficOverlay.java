package org.skupperdesigner.app.ui.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.simulator.ListenerNames;
import org.skupperdesigner.simulator.event.FlowView;

/**
 * Live traffic drawn over the canvas (in its decoration layer): each link recoloured by health with a label of
 * throughput and open connections, dots running along the links flows actually use, a router badge per site and
 * the loopback address (or "unmatched") of every listener. Dots follow each flow's path from the listener's site
 * toward the connector's, hop after hop, and come back the same way when the answer arrives; they are painted on one
 * canvas ({@link FlowDotLayer}). Updated once per pulse by {@link SimulationMode}. The layer is unmanaged, so a
 * label whose text changes re-lays out only this layer, never the design canvas or the window around it.
 */
final class TrafficOverlay {

    static final int MAX_DOTS = FlowDotLayer.MAX_DOTS;

    /** Space kept between a flat link's label and each of its cards. */
    private static final double LABEL_CARD_MARGIN = 6;
    private final DesignCanvas canvas;
    private final Group layer = new Group();
    private final Group lines = new Group();
    private final FlowDotLayer dots = new FlowDotLayer();
    private final Group labels = new Group();
    private final Map<String, Line> linkLines = new HashMap<>();
    private final Map<String, Label> linkLabels = new HashMap<>();
    private final Map<String, Label> siteBadges = new HashMap<>();
    private final Map<String, Label> listenerBadges = new HashMap<>();
    private final Map<String, NetworkLink> links = new HashMap<>();
    /** The texts each link label may show and their widths: made again only when a snapshot brought a new state. */
    private final Map<String, LabelTexts> labelled = new HashMap<>();
    private final Text measure = new Text();

    TrafficOverlay(DesignCanvas canvas) {
        this.canvas = canvas;
        layer.setId("simulation-layer");
        layer.setManaged(false); // a layout root: label changes stop here
        layer.getChildren().addAll(lines, dots.node(), labels);
    }

    void attach(Network network) {
        detach();
        for (NetworkLink link : network.links()) {
            links.put(link.id(), link);
            Line line = new Line();
            line.getStyleClass().addAll("sim-link", "sim-link-up");
            line.setId("sim-link-" + link.id());
            linkLines.put(link.id(), line);
            Label label = new Label("…");
            label.setId("sim-link-label-" + link.id());
            label.getStyleClass().add("sim-link-label");
            linkLabels.put(link.id(), label);
        }
        for (NetworkSite site : network.sites()) {
            Label badge = new Label("router starting");
            badge.setId("sim-site-" + site.id());
            badge.getStyleClass().add("sim-site-badge");
            siteBadges.put(site.id(), badge);
            SimulatedListeners.of(site).forEach(l -> {
                String name = ListenerNames.of(site, l);
                String id = site.id() + "/" + name;
                Label lb = new Label(name);
                lb.setId("sim-listener-" + site.id() + "-" + name.replace('/', '-'));
                lb.getStyleClass().add("sim-listener-badge");
                lb.setWrapText(true);
                listenerBadges.put(id, lb);
            });
        }
        lines.getChildren().setAll(linkLines.values());
        labels.getChildren().setAll(linkLabels.values());
        labels.getChildren().addAll(siteBadges.values());
        labels.getChildren().addAll(listenerBadges.values());
        canvas.decorations().getChildren().add(layer);
        // badges and labels get their stylesheet's font and padding now, so the first update already places link
        // labels around badges of their real size
        layer.applyCss();
    }

    void detach() {
        canvas.decorations().getChildren().remove(layer);
        linkLines.clear();
        links.clear();
        linkLabels.clear();
        labelled.clear();
        siteBadges.clear();
        listenerBadges.clear();
        dots.clear();
        lines.getChildren().clear();
        labels.getChildren().clear();
    }

    /** Redraws from the live state; {@code seconds} since the last pulse moves the dots. */
    void update(LiveNetwork live, List<FlowView> newFlows, double seconds) {
        // badges first: they belong to their cards, and each link label then takes a spot clear of them
        List<Bounds> cards = new ArrayList<>();
        siteBadges.keySet().forEach(id -> {
            Bounds card = canvas.siteBounds(id);
            if (card != null) {
                cards.add(card);
            }
        });
        List<Bounds> taken = new ArrayList<>();
        placeSiteBadges(live, taken);
        placeListenerBadges(live, taken);
        double[] area = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        linkLines.forEach((id, line) -> {
            Point2D[] ends = canvas.linkEnds(id);
            Label label = linkLabels.get(id);
            if (ends == null) {
                return;
            }
            for (Point2D end : ends) {
                area[0] = Math.min(area[0], end.getX());
                area[1] = Math.min(area[1], end.getY());
                area[2] = Math.max(area[2], end.getX());
                area[3] = Math.max(area[3], end.getY());
            }
            line.setStartX(ends[0].getX());
            line.setStartY(ends[0].getY());
            line.setEndX(ends[1].getX());
            line.setEndY(ends[1].getY());
            LiveNetwork.LinkLive state = live.link(id);
            LiveNetwork.Health health = state == null ? LiveNetwork.Health.DOWN : state.health();
            String cls = "sim-link-" + health.name().toLowerCase();
            if (!line.getStyleClass().contains(cls)) {
                line.getStyleClass().removeIf(c -> c.startsWith("sim-link-") && !c.equals("sim-link"));
                line.getStyleClass().add(cls);
                label.getStyleClass().removeIf(c -> c.startsWith("health-"));
                label.getStyleClass().add("health-" + health.name().toLowerCase());
            }
            placeLinkLabel(id, label, ends, state, cards, taken);
        });
        if (area[0] <= area[2]) {
            dots.cover(area[0], area[1], area[2], area[3], canvas.viewport().zoom());
        }
        animate(live, newFlows, seconds);
    }

    private void placeLinkLabel(String id, Label label, Point2D[] ends, LiveNetwork.LinkLive state,
            List<Bounds> cards, List<Bounds> taken) {
        LabelTexts texts = labelled.get(id);
        if (texts == null || texts.state() != state) {
            texts = measured(label, state);
            labelled.put(id, texts);
        }
        double midX = (ends[0].getX() + ends[1].getX()) / 2;
        double midY = (ends[0].getY() + ends[1].getY()) / 2;
        double dx = Math.abs(ends[1].getX() - ends[0].getX());
        boolean steep = Math.abs(ends[1].getY() - ends[0].getY()) > dx;
        // a flat link's label sits between its cards: beyond the gap it would cover their edges
        String text = steep ? texts.text().full() : texts.fitting(dx - 2 * LABEL_CARD_MARGIN);
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
        label.autosize();
        double w = label.getWidth();
        double h = label.getHeight();
        // a steep link runs between stacked cards: under its midpoint the label would sit on the lower card's
        // badge, so it goes beside the line; either way clear of the cost label on it, and of what is placed
        List<Point2D> spots = LabelSpots.around(midX, midY, w, h, steep);
        Point2D at = LabelSpots.choose(spots, w, h, cards, taken);
        label.relocate(at.getX(), at.getY());
        taken.add(label.getBoundsInParent());
    }

    private void placeSiteBadges(LiveNetwork live, List<Bounds> taken) {
        siteBadges.forEach((id, badge) -> {
            Bounds b = canvas.siteBounds(id);
            if (b == null) {
                return;
            }
            boolean up = live.siteRunning(id);
            badge.setText(up ? "● router running" : "■ router stopped");
            swapClass(badge, up ? "up" : "down", up ? "down" : "up");
            badge.autosize();
            badge.relocate(b.getMinX() + 10, b.getMinY() - badge.getHeight() / 2 - 2);
            taken.add(badge.getBoundsInParent());
        });
    }

    /** Under their site's card, one under the other, wrapped to the card's width so they stay under it. */
    private void placeListenerBadges(LiveNetwork live, List<Bounds> taken) {
        Map<String, Double> nextY = new HashMap<>();
        listenerBadges.forEach((id, badge) -> {
            String siteId = id.substring(0, id.indexOf('/'));
            Bounds b = canvas.siteBounds(siteId);
            if (b == null) {
                return;
            }
            LiveNetwork.ListenerLive l = live.listener(id);
            String name = id.substring(id.indexOf('/') + 1);
            badge.setText(listenerBadgeText(name, l));
            boolean open = l != null && l.open();
            swapClass(badge, open ? "open" : "unmatched", open ? "unmatched" : "open");
            badge.setMaxWidth(b.getWidth());
            badge.autosize();
            double y = nextY.getOrDefault(siteId, b.getMaxY() + 6);
            badge.relocate(b.getMinX(), y);
            nextY.put(siteId, y + badge.getHeight() + 3);
            taken.add(badge.getBoundsInParent());
        });
    }

    /** The texts for {@code state}, each measured as {@code label} would show it (its font and padding). */
    private LabelTexts measured(Label label, LiveNetwork.LinkLive state) {
        if (label.getSkin() == null) {
            label.applyCss(); // added this pulse: its stylesheet's font and padding are not applied yet
        }
        measure.setFont(label.getFont());
        Insets insets = label.getInsets();
        LinkLabelText text = LinkLabelText.of(state);
        Map<String, Double> widths = new HashMap<>();
        for (String variant : text.variants()) {
            measure.setText(variant);
            widths.put(variant, Math.ceil(measure.getLayoutBounds().getWidth()) + insets.getLeft() + insets.getRight());
        }
        return new LabelTexts(state, text, widths);
    }

    /** A link label's texts for one live state, with the width each needs. */
    private record LabelTexts(LiveNetwork.LinkLive state, LinkLabelText text, Map<String, Double> widths) {
        String fitting(double room) {
            return text.fitting(room, widths::get);
        }
    }

    /** "⇢ backend  127.0.0.1:41234", with a multi-key listener's keys now: "… to payments-dr (payments unreachable)". */
    static String listenerBadgeText(String name, LiveNetwork.ListenerLive l) {
        if (l == null) {
            return name + ": starting";
        }
        if (!l.open()) {
            return "✖ " + name + ": unmatched (no reachable " + (l.keys().multiKey() ? "key)" : "connector)");
        }
        String keys = l.keys().describe();
        return "⇢ " + name + "  " + l.address() + (keys.isEmpty() ? "" : "  " + keys);
    }

    private void animate(LiveNetwork live, List<FlowView> newFlows, double seconds) {
        for (FlowView f : newFlows) {
            if (!dots.hasRoom()) {
                break;
            }
            // a flow's start sends dots out along its path; its end (when something answered) sends them back
            boolean answer = f.closed() != null;
            if (answer && f.connectorId() == null) {
                continue;
            }
            List<Point2D[]> legs = legs(f, live);
            for (int i = 0; i < legs.size(); i++) {
                Point2D[] leg = legs.get(i);
                // one hop after the other: the dot of the n-th leg waits n dot-times before it moves
                int order = answer ? legs.size() - 1 - i : i;
                if (answer) {
                    dots.launch(leg[1], leg[0], order, true);
                } else {
                    dots.launch(leg[0], leg[1], order, false);
                }
            }
        }
        dots.advance(seconds);
    }

    /**
     * The drawn ends of each link a flow crossed, in the direction it travelled (from the listener's site toward the
     * connector's). Links are drawn from the dialling site to the accepting one, which is often the other way.
     * Routers report a flow when its listener accepts it, before it is routed: a started flow without a path runs
     * along the path its listener's flows took last (or the one the design analysis expects), walked from the
     * listener's site.
     */
    List<Point2D[]> legs(FlowView f, LiveNetwork live) {
        List<String> path = f.linkPath().isEmpty() && f.closed() == null ? live.pathOf(f.listenerId()) : f.linkPath();
        List<Point2D[]> legs = new ArrayList<>();
        String at = f.listenerId() == null ? null : ElementIds.siteOf(f.listenerId());
        for (int i = 0; i < path.size(); i++) {
            String linkId = path.get(i);
            NetworkLink link = links.get(linkId);
            String from = i < f.sitePath().size() ? f.sitePath().get(i) : at;
            boolean againstDrawing = link != null && from != null && from.equals(link.toSite());
            at = link == null ? null : againstDrawing ? link.fromSite() : link.toSite();
            Point2D[] ends = canvas.linkEnds(linkId);
            if (ends != null) {
                legs.add(againstDrawing ? new Point2D[] {ends[1], ends[0]} : ends);
            }
        }
        return legs;
    }

    /**
     * Adds {@code add} and removes {@code remove} only when needed: touching a node's style classes every pulse
     * would re-apply its CSS every pulse.
     */
    private static void swapClass(javafx.scene.Node node, String add, String remove) {
        if (remove != null && node.getStyleClass().contains(remove)) {
            node.getStyleClass().remove(remove);
        }
        if (!node.getStyleClass().contains(add)) {
            node.getStyleClass().add(add);
        }
    }

    /** Where each dot under way goes: from, to, and whether it carries an answer back (for tests). */
    List<DotPath> dotPaths() {
        return dots.paths();
    }

    /** The painted dots (for tests). */
    FlowDotLayer dots() {
        return dots;
    }

    /** A dot's way along one link. */
    record DotPath(Point2D from, Point2D to, boolean answer) {
    }

    int dotCount() {
        return dots.count();
    }
}
