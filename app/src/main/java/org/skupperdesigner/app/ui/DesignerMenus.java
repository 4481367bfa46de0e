package org.skupperdesigner.app.ui;

import java.util.function.IntConsumer;

import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.app.ui.commands.EditActions.Alignment;
import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.app.ui.file.RecentFiles;
import org.skupperdesigner.app.ui.layout.AutoLayout;
import org.skupperdesigner.app.ui.palette.ServiceKind;
import org.skupperdesigner.model.network.ElementIds;

/**
 * The menu bar and the canvas context menu. Shortcuts that text fields also use (Delete, Ctrl+C/V/X/A) are not menu
 * accelerators: the window handles them only when no text field consumed the key (see DesignerKeys).
 */
final class DesignerMenus {

    private final DesignerActions actions;
    private final DesignCanvas canvas;
    private final DesignerContext context;

    DesignerMenus(DesignerActions actions, DesignCanvas canvas, DesignerContext context) {
        this.actions = actions;
        this.canvas = canvas;
        this.context = context;
    }

    /** @param nextProblem selects the next (+1) or previous (-1) problem in the Problems panel and shows it */
    MenuBar menuBar(RecentFiles recent, Runnable focusFind, Runnable quit, IntConsumer nextProblem) {
        Menu recentMenu = new Menu("Open Recent");
        Runnable fillRecent = () -> {
            recentMenu.getItems().clear();
            recent.files().forEach(p -> recentMenu.getItems().add(item(RecentFiles.label(p), null, null,
                    () -> actions.files().openRecent(p))));
            recentMenu.setDisable(recent.files().isEmpty());
        };
        recent.files().addListener((ListChangeListener<java.nio.file.Path>) c -> fillRecent.run());
        fillRecent.run();
        Menu file = new Menu("File", null,
                item("New", Feather.FILE_PLUS, "Shortcut+N", actions.files()::newDesign),
                item("Open…", Feather.FOLDER, "Shortcut+O", actions.files()::open),
                recentMenu,
                item("Import Skupper YAML Folder…", Feather.DOWNLOAD, "Shortcut+I", actions.files()::importFolder),
                item("Import from Cluster…", Feather.CLOUD, null, actions::importFromCluster),
                new SeparatorMenuItem(),
                item("Save", Feather.SAVE, "Shortcut+S", actions.files()::save),
                item("Save As…", null, "Shortcut+Shift+S", actions.files()::saveAs),
                new SeparatorMenuItem(),
                item("Export Skupper YAML…", Feather.UPLOAD, "Shortcut+E", actions::exportYaml),
                item("Export Canvas as PNG…", Feather.IMAGE, null, actions::exportPng),
                item("Export Canvas as SVG…", Feather.PEN_TOOL, null, actions::exportSvg),
                new SeparatorMenuItem(),
                item("Quit", null, "Shortcut+Q", quit));
        MenuItem undo = item("Undo", Feather.ROTATE_CCW, "Shortcut+Z", actions::undo);
        undo.disableProperty().bind(context.document().canUndoProperty().not());
        undo.textProperty().bind(context.document().undoLabelProperty().map(l -> l.isEmpty() ? "Undo" : "Undo "
                + l));
        MenuItem redo = item("Redo", Feather.ROTATE_CW, "Shortcut+Shift+Z", actions::redo);
        redo.disableProperty().bind(context.document().canRedoProperty().not());
        redo.textProperty().bind(context.document().redoLabelProperty().map(l -> l.isEmpty() ? "Redo" : "Redo "
                + l));
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(),
                item("Cut  (Ctrl+X)", Feather.SCISSORS, null, actions.edits()::cut),
                item("Copy  (Ctrl+C)", Feather.COPY, null, actions.edits()::copy),
                item("Paste  (Ctrl+V)", Feather.CLIPBOARD, null, actions.edits()::paste),
                item("Duplicate", Feather.COPY, "Shortcut+D", actions.edits()::duplicate),
                item("Delete  (Del)", Feather.TRASH_2, null, actions.edits()::delete),
                new SeparatorMenuItem(),
                item("Select All  (Ctrl+A)", null, null, actions.edits()::selectAll),
                item("Find…", Feather.SEARCH, "Shortcut+F", focusFind));
        CheckMenuItem services = new CheckMenuItem("Show Service Lines");
        services.selectedProperty().bindBidirectional(canvas.showServiceLinesProperty());
        services.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        Menu view = new Menu("View", null,
                item("Zoom In", Feather.ZOOM_IN, "Shortcut+EQUALS", canvas::zoomIn),
                item("Zoom Out", Feather.ZOOM_OUT, "Shortcut+MINUS", canvas::zoomOut),
                item("Actual Size", null, "Shortcut+DIGIT1", canvas::resetZoom),
                item("Fit to Window", Feather.MAXIMIZE, "Shortcut+DIGIT0", canvas::fitToContent),
                new SeparatorMenuItem(), services, snap);
        Menu arrange = new Menu("Arrange", null,
                item("Auto Layout (Force-directed)", Feather.SHARE_2, "Shortcut+L",
                        () -> actions.autoLayout(AutoLayout.Kind.FORCE_DIRECTED)),
                item("Auto Layout (Circular)", Feather.CIRCLE, null,
                        () -> actions.autoLayout(AutoLayout.Kind.CIRCULAR)),
                new SeparatorMenuItem(),
                item("Align Left", Feather.ALIGN_LEFT, null, () -> actions.edits().align(Alignment.LEFT)),
                item("Align Centre", Feather.ALIGN_CENTER, null, () -> actions.edits().align(Alignment.CENTER)),
                item("Align Right", Feather.ALIGN_RIGHT, null, () -> actions.edits().align(Alignment.RIGHT)),
                item("Align Top", null, null, () -> actions.edits().align(Alignment.TOP)),
                item("Align Middle", null, null, () -> actions.edits().align(Alignment.MIDDLE)),
                item("Align Bottom", null, null, () -> actions.edits().align(Alignment.BOTTOM)),
                item("Distribute Horizontally", null, null,
                        () -> actions.edits().align(Alignment.DISTRIBUTE_HORIZONTALLY)),
                item("Distribute Vertically", null, null,
                        () -> actions.edits().align(Alignment.DISTRIBUTE_VERTICALLY)));
        Menu analyze = new Menu("Analyze", null,
                item("Next Problem", Feather.CHEVRON_DOWN, "F8", () -> nextProblem.accept(1)),
                item("Previous Problem", Feather.CHEVRON_UP, "Shift+F8", () -> nextProblem.accept(-1)),
                new SeparatorMenuItem(),
                item("What If This Fails", Feather.ZAP_OFF, "Shortcut+Shift+W", actions::whatIf),
                item("Clear Analysis", Feather.X, null, actions.analysis()::clear));
        MenuBar bar = new MenuBar(file, edit, view, arrange, analyze);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** The right-click menu for whatever the press selected. */
    ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        String primary = context.selection().primary();
        if (primary != null && ElementIds.isSite(primary)) {
            String siteId = ElementIds.siteOf(primary);
            menu.getItems().addAll(
                    item("Add Listener", Feather.LOG_IN, null, () -> actions.addResourceTo(siteId, ServiceKind.LISTENER)),
                    item("Add Connector", Feather.LOG_OUT, null,
                            () -> actions.addResourceTo(siteId, ServiceKind.CONNECTOR)),
                    item("Add Multi-key Listener", Feather.SHUFFLE, null,
                            () -> actions.addResourceTo(siteId, ServiceKind.MULTI_KEY_LISTENER)),
                    new SeparatorMenuItem());
        }
        if (primary != null && (ElementIds.isSite(primary) || ElementIds.isLink(primary))) {
            menu.getItems().add(item("What If This Fails", Feather.ZAP_OFF, null, actions::whatIf));
        }
        if (primary != null) {
            menu.getItems().addAll(item("Duplicate", Feather.COPY, null, actions.edits()::duplicate),
                    item("Delete", Feather.TRASH_2, null, actions.edits()::delete));
        } else {
            menu.getItems().addAll(item("Paste", Feather.CLIPBOARD, null, actions.edits()::paste),
                    item("Fit to Window", Feather.MAXIMIZE, null, canvas::fitToContent),
                    item("Auto Layout", Feather.SHARE_2, null,
                            () -> actions.autoLayout(AutoLayout.Kind.FORCE_DIRECTED)));
        }
        return menu;
    }

    static MenuItem item(String text, Ikon icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : Icons.of(icon, 14));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
