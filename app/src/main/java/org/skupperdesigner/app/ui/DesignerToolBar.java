package org.skupperdesigner.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.common.FirstTime;
import org.skupperdesigner.app.ui.common.LazyTooltip;
import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.app.ui.layout.AutoLayout;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * The toolbar: file, undo/redo, view, layout, analysis, the run controls and the find field (with name completion).
 * In run mode the editing tools hide (editing is locked) and the find field narrows to what is left.
 */
final class DesignerToolBar {

    /** Id of the flexible gap before the find field; run controls go in front of it. */
    static final String SPACER_ID = "toolbar-spacer";
    static final double FIND_MIN = 130;
    private static final String FULL_PROMPT = "Find site, listener, connector…  (Ctrl+F)";
    private static final String SHORT_PROMPT = "Find…  (Ctrl+F)";
    static final double FIND_MAX = 290;
    // slack for ToolBarSkin counting a spacing after the last item and for pixel snapping
    private static final double OVERFLOW_ALLOWANCE = 16;
    // #toolbar's -fx-spacing in designer.css (a skin property, not readable from the ToolBar)
    private static final double ITEM_SPACING = 4;

    private final CustomTextField find = new CustomTextField();

    ToolBar build(DesignerActions actions, DesignCanvas canvas, DesignerContext context) {
        Button undo = button("toolbar-undo", Feather.ROTATE_CCW, "Undo (Ctrl+Z)", actions::undo);
        undo.disableProperty().bind(context.document().canUndoProperty().not());
        Button redo = button("toolbar-redo", Feather.ROTATE_CW, "Redo (Ctrl+Shift+Z)", actions::redo);
        redo.disableProperty().bind(context.document().canRedoProperty().not());
        ToggleButton services = new ToggleButton(null, Icons.of(Feather.GIT_PULL_REQUEST, 16));
        services.setId("toolbar-service-lines");
        LazyTooltip.install(services, "Show routing-key service lines (Ctrl+Shift+L)");
        services.selectedProperty().bindBidirectional(canvas.showServiceLinesProperty());
        services.getStyleClass().add("button-icon");
        ToggleButton snap = new ToggleButton(null, Icons.of(Feather.GRID, 16));
        LazyTooltip.install(snap, "Snap to grid");
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        snap.getStyleClass().add("button-icon");

        find.setId("find-field");
        find.setPromptText(FULL_PROMPT);
        find.setLeft(Icons.of(Feather.SEARCH, 14));
        find.setPrefWidth(FIND_MAX);
        find.setMinWidth(FIND_MIN);
        find.getStyleClass().add("find-field");
        // the suggestion popup is bound when the field is first focused (click or Ctrl+F), not while the window opens
        FirstTime.whenTrue(find.focusedProperty(), () -> {
            var suggestions = TextFields.bindAutoCompletion(find,
                    request -> names(context.document().network(), request.getUserText()));
            // the popup is a window of its own: it gets the theme but not the scene's stylesheets, where the
            // Modena look-ups ControlsFX's autocompletion.css needs are defined
            suggestions.getAutoCompletionPopup().getScene().getStylesheets().setAll(find.getScene().getStylesheets());
            // picking a suggestion (click, or Enter on the list) goes to it, as Enter in the field does
            suggestions.setOnAutoCompleted(e -> findAndReveal(context, canvas, e.getCompletion()));
        });
        find.setOnAction(e -> findAndReveal(context, canvas, find.getText()));

        Region spacer = new Region();
        spacer.setId(SPACER_ID);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button delete = button("toolbar-delete", Feather.TRASH_2, "Delete selection (Del)", actions.edits()::delete);
        Button duplicate = button("toolbar-duplicate", Feather.COPY, "Duplicate (Ctrl+D)", actions.edits()::duplicate);
        Button layout = button("toolbar-layout", Feather.SHARE_2, "Auto layout (Ctrl+L)",
                () -> actions.autoLayout(AutoLayout.Kind.FORCE_DIRECTED));
        // editing is locked while the network runs: its tools make way for the run controls
        javafx.beans.value.ObservableBooleanValue designing = canvas.runModeProperty().not();
        for (javafx.scene.Node editing : List.of(undo, redo, delete, duplicate, snap, layout)) {
            editing.visibleProperty().bind(designing);
            editing.managedProperty().bind(designing);
        }
        Separator afterUndo = vertical();
        Separator afterEdits = vertical();
        for (Separator s : List.of(afterUndo, afterEdits)) {
            s.visibleProperty().bind(designing);
            s.managedProperty().bind(designing);
        }
        ToolBar bar = new ToolBar(
                button("toolbar-new", Feather.FILE_PLUS, "New design (Ctrl+N)", actions.files()::newDesign),
                button("toolbar-open", Feather.FOLDER, "Open (Ctrl+O)", actions.files()::open),
                button("toolbar-save", Feather.SAVE, "Save (Ctrl+S)", actions.files()::save),
                vertical(), undo, redo,
                afterUndo, delete, duplicate,
                afterEdits,
                button("toolbar-zoom-out", Feather.ZOOM_OUT, "Zoom out (Ctrl+-)", canvas::zoomOut),
                button("toolbar-zoom-in", Feather.ZOOM_IN, "Zoom in (Ctrl+=)", canvas::zoomIn),
                button("toolbar-fit", Feather.MAXIMIZE, "Fit to window (Ctrl+0)", canvas::fitToContent),
                services, snap,
                vertical(),
                layout,
                button("toolbar-what-if", Feather.ZAP_OFF, "What if the selected site or link fails?",
                        actions::whatIf),
                button("toolbar-export", Feather.UPLOAD, "Export Skupper YAML (Ctrl+E)", actions::exportYaml),
                spacer, find);
        bar.setId("toolbar");
        bar.widthProperty().addListener(o -> fitFindField(bar));
        canvas.runModeProperty().addListener(o -> fitFindField(bar));
        bar.getItems().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c -> fitFindField(bar));
        return bar;
    }

    /**
     * The find field takes the room the buttons leave (between {@link #FIND_MIN} and {@link #FIND_MAX} px), so the
     * toolbar fits narrow windows without pushing the run controls into the overflow menu.
     */
    private void fitFindField(ToolBar bar) {
        // the same sum ToolBarSkin uses to decide on overflow: snapped preferred widths plus spacing per item
        double used = bar.snappedLeftInset() + bar.snappedRightInset() + OVERFLOW_ALLOWANCE;
        for (javafx.scene.Node item : bar.getItems()) {
            if (item.isManaged()) {
                used += (item == find ? 0 : Math.ceil(item.prefWidth(-1))) + ITEM_SPACING;
            }
        }
        double room = bar.getWidth() - used;
        double width = Math.max(FIND_MIN, Math.min(FIND_MAX, room));
        find.setPrefWidth(width);
        find.setPromptText(width < FIND_MAX - 40 ? SHORT_PROMPT : FULL_PROMPT);
        // a field sitting in the overflow menu does not ask the bar for a layout, and the bar only re-sorts its
        // overflow when it lays out
        bar.requestLayout();
    }

    private static Separator vertical() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }

    TextField findField() {
        return find;
    }

    private static Button button(String id, Ikon icon, String tooltip, Runnable action) {
        Button b = new Button(null, Icons.of(icon, 16));
        b.setId(id);
        b.getStyleClass().addAll("button-icon", "flat");
        LazyTooltip.install(b, tooltip);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static List<String> names(Network network, String text) {
        String needle = text == null ? "" : text.toLowerCase(java.util.Locale.ROOT).trim();
        List<String> out = new ArrayList<>();
        if (needle.isEmpty()) {
            return out;
        }
        for (NetworkSite s : network.sites()) {
            if (s.name().toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                out.add(s.name());
            }
            for (SkupperResource r : s.resources()) {
                if (r.kind() != ResourceKind.SITE && r.name().toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                    out.add(s.name() + " / " + r.name());
                }
            }
            if (out.size() > 20) {
                break;
            }
        }
        return out;
    }

    /** Selects and reveals the first element matching {@code text} ("site" or "site / resource"). */
    static boolean findAndReveal(DesignerContext context, DesignCanvas canvas, String text) {
        Optional<String> id = elementFor(context.document().network(), text);
        id.ifPresent(found -> {
            context.selection().select(found);
            canvas.reveal(found);
        });
        return id.isPresent();
    }

    static Optional<String> elementFor(Network network, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        String[] parts = t.split("\\s*/\\s*", 2);
        for (NetworkSite s : network.sites()) {
            String name = s.name().toLowerCase(java.util.Locale.ROOT);
            if (parts.length == 2 && name.equals(parts[0])) {
                for (SkupperResource r : s.resources()) {
                    if (r.name().equalsIgnoreCase(parts[1]) && r.kind() != ResourceKind.SITE) {
                        return Optional.of(s.elementId(r));
                    }
                }
            }
        }
        for (NetworkSite s : network.sites()) {
            if (s.name().toLowerCase(java.util.Locale.ROOT).contains(t)) {
                return Optional.of(s.elementId());
            }
        }
        for (NetworkSite s : network.sites()) {
            for (SkupperResource r : s.resources()) {
                if (r.kind() != ResourceKind.SITE && r.name().toLowerCase(java.util.Locale.ROOT).contains(t)) {
                    return Optional.of(s.elementId(r));
                }
            }
        }
        return Optional.empty();
    }
}
