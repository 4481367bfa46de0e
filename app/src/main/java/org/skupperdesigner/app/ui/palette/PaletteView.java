package org.skupperdesigner.app.ui.palette;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.common.LazyTooltip;
import org.skupperdesigner.app.ui.commands.PlatformNames;
import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.model.network.Platform;

/**
 * The palette: sites by platform, listeners and connectors, and templates. Click an entry to add it (sites land in
 * the middle of the view, resources in the selected site) or drag it onto the canvas (see {@link PaletteDrop}).
 */
public final class PaletteView extends ScrollPane {

    /** Drag-and-drop payload prefix understood by the canvas drop handler. */
    public static final String DRAG_PREFIX = "skupper-palette:";

    private static final javafx.css.PseudoClass NO_SITE = javafx.css.PseudoClass.getPseudoClass("no-site");

    public PaletteView(PaletteActions actions) {
        setId("palette");
        getStyleClass().add("palette");
        setFitToWidth(true);
        setMinWidth(236);
        setPrefWidth(236);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        VBox content = new VBox(6);
        content.getStyleClass().add("palette-content");

        TilePane sites = tiles();
        for (Platform p : Platform.values()) {
            Button tile = tile("palette-site-" + p.id(), PlatformNames.label(p), Icons.platform(p),
                    "Add a " + PlatformNames.label(p) + " site", () -> actions.addSite(p));
            tile.getStyleClass().add(Icons.platformStyleClass(p));
            draggable(tile, PaletteDrop.SITE + p.id());
            sites.getChildren().add(tile);
        }
        TilePane resources = tiles();
        Button listener = tile("palette-listener", "Listener", Feather.LOG_IN,
                "Add a listener to the selected site, or drag it onto a site: where clients connect", actions::addListener);
        Button connector = tile("palette-connector", "Connector", Feather.LOG_OUT,
                "Add a connector to the selected site, or drag it onto a site: where the service runs", actions::addConnector);
        Button multiKey = tile("palette-multi-key-listener", "Multi-key", Feather.SHUFFLE,
                "Add a multi-key listener to the selected site, or drag it onto a site: one address for several "
                        + "routing keys, by priority (failover) or by weight", actions::addMultiKeyListener);
        List<Button> serviceTiles = List.of(listener, connector, multiKey);
        // dimmed, not disabled, without a selected site: a disabled tile could not be dragged onto a site card
        Runnable dim = () -> serviceTiles.forEach(t -> t.pseudoClassStateChanged(NO_SITE,
                !actions.hasSiteSelected().get()));
        actions.hasSiteSelected().addListener((o, was, now) -> dim.run());
        dim.run();
        draggable(listener, ServiceKind.LISTENER.payload());
        draggable(connector, ServiceKind.CONNECTOR.payload());
        draggable(multiKey, ServiceKind.MULTI_KEY_LISTENER.payload());
        resources.getChildren().addAll(serviceTiles);

        VBox templates = new VBox(6);
        for (DesignTemplate t : DesignTemplate.values()) {
            templates.getChildren().add(templateEntry(t, actions));
        }
        content.getChildren().addAll(section("Sites"), sites, section("Services"), resources,
                hint("Select a site, then add listeners and connectors. Drag a site's link handle onto another "
                        + "site to link them."), section("Templates"), templates);
        setContent(content);
    }

    private static TilePane tiles() {
        TilePane pane = new TilePane(8, 8);
        pane.setPrefColumns(2);
        pane.setPrefTileWidth(98);
        pane.setPrefTileHeight(68);
        pane.getStyleClass().add("palette-tiles");
        return pane;
    }

    private static Label section(String text) {
        Label label = new Label(text.toUpperCase(Locale.ROOT));
        label.getStyleClass().add("palette-section");
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("palette-hint");
        return label;
    }

    private static Button tile(String id, String text, Ikon ikon, String tooltip, Runnable action) {
        StackPane icon = new StackPane(Icons.of(ikon, 20));
        icon.getStyleClass().add("tile-icon");
        Button button = new Button(text, icon);
        button.setId(id);
        button.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        button.getStyleClass().add("palette-tile");
        button.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        LazyTooltip.install(button, tooltip);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Node templateEntry(DesignTemplate t, PaletteActions actions) {
        Label title = new Label(t.title());
        title.getStyleClass().add("template-title");
        Label description = new Label(t.description());
        description.getStyleClass().add("template-description");
        description.setWrapText(true);
        description.setPrefWidth(150);
        description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox text = new VBox(1, title, description);
        StackPane icon = new StackPane(Icons.of(Feather.GRID, 16));
        icon.getStyleClass().add("template-icon");
        icon.setMaxHeight(28);
        icon.setMinHeight(28);
        HBox box = new HBox(10);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setFillHeight(false);
        box.getChildren().addAll(icon, text);
        box.setId("palette-template-" + t.id());
        box.getStyleClass().add("template-entry");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        LazyTooltip.install(box, "Insert the " + t.title() + " template into the design");
        box.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                actions.insertTemplate(t);
            }
        });
        draggable(box, PaletteDrop.TEMPLATE + t.id());
        return box;
    }

    private static void draggable(Node tile, String payload) {
        tile.setOnDragDetected(e -> {
            var board = tile.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putString(DRAG_PREFIX + payload);
            board.setContent(content);
            e.consume();
        });
    }
}
