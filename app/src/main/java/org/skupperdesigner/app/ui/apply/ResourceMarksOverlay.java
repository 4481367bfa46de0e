package org.skupperdesigner.app.ui.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.app.ui.commands.DocumentModel;

/**
 * Draws the controller's {@link ResourceMark}s in the canvas's decoration layer: a pill beside each marked resource
 * row, a pill on each marked link, and under each site card a list of what belongs to the site but has no row
 * (extra live objects, an unreachable site, site-level changes). The decoration layer is mouse-transparent, so
 * hovering is handled here: the canvas's mouse moves are hit-tested against the marks and the mark's detail (the
 * field differences, the status message) is shown in a tooltip.
 */
final class ResourceMarksOverlay {

    static final String STYLESHEET = ResourceMarksOverlay.class.getResource("apply-markers.css").toExternalForm();
    private static final double GAP = 6;

    private final DesignCanvas canvas;
    private final ApplyController controller;
    private final Group layer = new Group();
    private final Map<Node, ResourceMark> marksByNode = new LinkedHashMap<>();
    private final Map<String, VBox> siteLists = new LinkedHashMap<>();
    /** Made on the first hover over a mark: a tooltip is a popup window, costly to make while the window opens. */
    private Tooltip tooltip;

    ResourceMarksOverlay(DesignCanvas canvas, DocumentModel document, ApplyController controller) {
        this.canvas = canvas;
        this.controller = controller;
        layer.setId("resource-marks-layer");
        layer.getStylesheets().add(STYLESHEET);
        canvas.decorations().getChildren().add(layer);
        controller.marks().addListener((ListChangeListener<ResourceMark>) c -> rebuild());
        document.networkProperty().addListener(o -> canvas.requestLayout());
        canvas.needsLayoutProperty().addListener(o -> reposition());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideTooltip());
    }

    private void rebuild() {
        layer.getChildren().clear();
        marksByNode.clear();
        siteLists.clear();
        hideTooltip();
        for (ResourceMark mark : controller.marks()) {
            if (mark.onSite()) {
                if (mark.kind() != ResourceMark.Kind.READY) { // Ready sites already carry the site badge
                    siteList(mark.siteId()).getChildren().add(line(mark));
                }
            } else {
                Label pill = pill(mark);
                layer.getChildren().add(pill);
                marksByNode.put(pill, mark);
            }
        }
        reposition();
    }

    private VBox siteList(String siteId) {
        return siteLists.computeIfAbsent(siteId, id -> {
            VBox box = new VBox(3);
            box.setId("mark-list-" + id);
            box.getStyleClass().add("site-mark-list");
            box.setFillWidth(false);
            Label header = new Label("On the live site");
            header.getStyleClass().add("site-mark-header");
            box.getChildren().add(header);
            layer.getChildren().add(box);
            return box;
        });
    }

    private Label line(ResourceMark mark) {
        Label line = new Label(mark.text());
        line.getStyleClass().addAll("site-mark-line", mark.kind().styleClass());
        marksByNode.put(line, mark);
        return line;
    }

    private static Label pill(ResourceMark mark) {
        Label pill = new Label(mark.text());
        pill.setId("mark-" + mark.elementId().replace('/', '-'));
        pill.getStyleClass().addAll("resource-mark", mark.kind().styleClass());
        return pill;
    }

    /** Follows the cards and links: pills beside rows and on link midpoints, lists under the cards. */
    private void reposition() {
        Map<String, Integer> stacked = new java.util.HashMap<>(); // two marks on one element sit one under the other
        for (Map.Entry<Node, ResourceMark> e : marksByNode.entrySet()) {
            if (e.getKey().getParent() != layer) { // site-list lines move with their list
                continue;
            }
            Label pill = (Label) e.getKey();
            ResourceMark mark = e.getValue();
            pill.applyCss();
            pill.autosize();
            Point2D at = pillPosition(mark, pill);
            pill.setVisible(at != null);
            if (at != null) {
                int below = stacked.merge(mark.elementId(), 1, Integer::sum) - 1;
                pill.relocate(at.getX(), at.getY() + below * (pill.getHeight() + 2));
            }
        }
        siteLists.forEach((siteId, box) -> {
            Bounds card = canvas.siteBounds(siteId);
            box.setVisible(card != null);
            if (card != null) {
                box.applyCss();
                box.autosize();
                box.relocate(card.getMinX(), card.getMaxY() + GAP);
            }
        });
    }

    private Point2D pillPosition(ResourceMark mark, Label pill) {
        if (mark.onLink()) {
            Point2D[] ends = canvas.linkEnds(mark.elementId().substring("link/".length()));
            if (ends == null) {
                return null;
            }
            Point2D mid = ends[0].midpoint(ends[1]);
            return new Point2D(mid.getX() - pill.getWidth() / 2, mid.getY() + 11); // below the cost label
        }
        Bounds row = canvas.resourceBounds(mark.elementId());
        Bounds card = canvas.siteBounds(mark.siteId());
        if (row == null || card == null) {
            return null;
        }
        return new Point2D(card.getMaxX() + GAP, row.getCenterY() - pill.getHeight() / 2);
    }

    private void hover(MouseEvent e) {
        ResourceMark mark = markAt(layer.sceneToLocal(e.getSceneX(), e.getSceneY()));
        if (mark == null) {
            hideTooltip();
            return;
        }
        tooltip().setText(mark.detail());
        if (tooltip.isShowing()) {
            tooltip.setAnchorX(e.getScreenX() + 14);
            tooltip.setAnchorY(e.getScreenY() + 14);
        } else {
            tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }

    /** The mark under a point of the world (a pill, a site-list line, or the row a pill belongs to), or null. */
    ResourceMark markAt(Point2D world) {
        for (Map.Entry<Node, ResourceMark> e : marksByNode.entrySet()) {
            Node node = e.getKey();
            if (node.isVisible() && node.localToScene(node.getLayoutBounds()) != null
                    && layer.sceneToLocal(node.localToScene(node.getLayoutBounds())).contains(world)) {
                return e.getValue();
            }
            Bounds row = e.getValue().onSite() || e.getValue().onLink() ? null
                    : canvas.resourceBounds(e.getValue().elementId());
            if (row != null && row.contains(world)) {
                return e.getValue();
            }
        }
        return null;
    }

    private void hideTooltip() {
        if (tooltip != null) {
            tooltip.hide();
        }
    }

    Tooltip tooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setId("resource-mark-tooltip");
            tooltip.getStyleClass().add("resource-mark-tooltip");
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
        }
        return tooltip;
    }

    /** The drawn marks, for tests: element id (or site list line) to its node. */
    List<Node> nodes() {
        return new ArrayList<>(marksByNode.keySet());
    }
}
