package org.skupperdesigner.app.ui.apply;

import java.util.HashMap;
import java.util.Map;

import javafx.collections.MapChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.control.Label;

import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.app.ui.commands.DocumentModel;

/**
 * Shows the last apply's (or comparison's) status per site as a badge on the site's card, in the canvas's
 * decoration layer. Badges follow the cards when the design changes or the view is laid out again.
 */
final class ApplyStatusOverlay {

    private final DesignCanvas canvas;
    private final Group layer = new Group();
    private final Map<String, Label> badges = new HashMap<>();

    ApplyStatusOverlay(DesignCanvas canvas, DocumentModel document, ApplyController controller) {
        this.canvas = canvas;
        layer.setId("apply-status-layer");
        canvas.decorations().getChildren().add(layer);
        controller.siteStatus().addListener((MapChangeListener<String, String>) change -> {
            if (change.wasAdded()) {
                show(change.getKey(), change.getValueAdded());
            } else {
                Label gone = badges.remove(change.getKey());
                layer.getChildren().remove(gone);
            }
        });
        document.networkProperty().addListener(o -> reposition());
        canvas.needsLayoutProperty().addListener(o -> reposition());
    }

    private void show(String siteId, String text) {
        Label badge = badges.computeIfAbsent(siteId, id -> {
            Label l = new Label();
            l.setId("apply-status-" + id);
            l.getStyleClass().add("apply-status-badge");
            layer.getChildren().add(l);
            return l;
        });
        badge.setText(text);
        badge.getStyleClass().removeAll("status-ok", "status-bad", "status-busy");
        badge.getStyleClass().add(text.startsWith("Ready") || text.startsWith("In sync") ? "status-ok"
                : text.endsWith("…") ? "status-busy" : "status-bad");
        reposition();
    }

    private void reposition() {
        badges.forEach((siteId, badge) -> {
            Bounds b = canvas.siteBounds(siteId);
            badge.setVisible(b != null);
            if (b != null) {
                badge.applyCss();
                badge.autosize();
                badge.relocate(b.getMaxX() - badge.getWidth() - 10, b.getMinY() - badge.getHeight() / 2 - 2);
            }
        });
    }
}
