package org.skupperdesigner.app.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.analysis.AnalysisController;
import org.skupperdesigner.app.ui.apply.ApplyActions;
import org.skupperdesigner.app.ui.simulate.SimulationMode;
import org.skupperdesigner.app.ui.simulate.SimulationPanel;
import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.app.ui.common.LazyTabContent;
import org.skupperdesigner.app.ui.file.FileActions;
import org.skupperdesigner.app.ui.file.RecentFiles;
import org.skupperdesigner.app.ui.file.WindowTitle;
import org.skupperdesigner.app.ui.palette.PaletteDrop;
import org.skupperdesigner.app.ui.palette.PaletteView;
import org.skupperdesigner.app.ui.problems.ProblemFilter;
import org.skupperdesigner.app.ui.problems.ProblemsView;
import org.skupperdesigner.app.ui.properties.PropertiesView;
import org.skupperdesigner.app.ui.yaml.YamlPreviewView;
import org.skupperdesigner.model.diagnostic.Diagnostic;

/**
 * Assembles the main window: palette | canvas over problems | properties and YAML, with menus, toolbar and status
 * bar. Owns no state of its own beyond the views; everything it shows comes from the {@link DesignerContext}.
 */
public final class DesignerWindow {

    public static final String TITLE = "Skupper Designer";

    private final DesignerContext context;
    private final Stage stage;
    private boolean closeConfirmed;
    private final DesignCanvas canvas;
    private final DesignerActions actions;
    private final BorderPane root = new BorderPane();
    private final PropertiesView properties;
    private final ProblemsView problems;
    private final YamlPreviewView yaml;
    private TabPane sideTabs;
    private final SimulationMode simulation;
    private final ApplyActions apply;

    public DesignerWindow(DesignerContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
        this.canvas = new DesignCanvas(context.document(), context.selection());
        RecentFiles recent = new RecentFiles(context.home().recentFilesList());
        FileActions files = new FileActions(context, recent, stage, canvas::fitToContent);
        AnalysisController analysis = new AnalysisController(context.document(), context.selection(),
                context.executors(), canvas.highlightProperty());
        this.actions = new DesignerActions(context, canvas, files, analysis, stage);
        this.properties = new PropertiesView(context.document(), context.selection(), context.problems().problems());
        this.problems = new ProblemsView(context.problems(), new ProblemFilter(context.selection().primaryProperty(),
                () -> context.document().network()), this::reveal);
        this.yaml = new YamlPreviewView(context.document(), context.selection(), context.problems().problems(),
                context.problems()::validatedNetwork);
        this.simulation = new SimulationMode(context.document(), canvas, context.home().reportsDir());
        simulation.followSelection(context.selection().primaryProperty());
        this.apply = new ApplyActions(stage, context.document(), canvas);

        DesignerMenus menus = new DesignerMenus(actions, canvas, context);
        DesignerToolBar toolBar = new DesignerToolBar();
        var bar = toolBar.build(actions, canvas, context);
        RunControls run = new RunControls(simulation, apply, stage);
        run.addTo(bar);
        var menuBar = menus.menuBar(recent, () -> toolBar.findField().requestFocus(), this::quit,
                problems::selectNext);
        menuBar.getMenus().add(run.menu());
        root.setTop(new VBox(menuBar, bar));
        root.setCenter(mainArea());
        root.setBottom(new StatusBarView(context, canvas));
        root.getStyleClass().add("designer-root");
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            ContextMenu menu = simulation.runningProperty().get()
                    ? simulation.contextMenu(context.selection().primary()) : menus.contextMenu();
            menu.show(canvas, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        new PaletteDrop(actions, canvas).install();
    }

    private SplitPane mainArea() {
        PaletteView palette = new PaletteView(actions);
        palette.disableProperty().bind(context.document().lockedProperty());
        StackPane canvasArea = new StackPane(canvas, analysisBanner(), zoomPill());
        canvasArea.getStyleClass().add("canvas-area");
        StackPane.setAlignment(canvasArea.getChildren().get(1), Pos.TOP_CENTER);
        StackPane.setAlignment(canvasArea.getChildren().get(2), Pos.BOTTOM_LEFT);
        canvasArea.getChildren().add(apply.markersBanner());
        StackPane.setAlignment(apply.markersBanner(), Pos.TOP_RIGHT);
        StackPane.setMargin(apply.markersBanner(), new javafx.geometry.Insets(12, 12, 0, 0));

        Tab problemsTab = new Tab(null, problems);
        problemsTab.setGraphic(Icons.of(Feather.ALERT_CIRCLE, 14));
        problemsTab.textProperty().bind(Bindings.createStringBinding(() -> "Problems  "
                + (context.problems().errorsProperty().get() + context.problems().warningsProperty().get()),
                context.problems().errorsProperty(), context.problems().warningsProperty()));
        problemsTab.setClosable(false);
        TabPane bottom = new TabPane(problemsTab);
        bottom.getStyleClass().add("bottom-tabs");

        SplitPane center = new SplitPane(canvasArea, bottom);
        center.setOrientation(javafx.geometry.Orientation.VERTICAL);
        center.setDividerPositions(0.74);
        center.getStyleClass().add("window-split");

        Tab propsTab = new Tab("Properties", properties);
        propsTab.setGraphic(Icons.of(Feather.SLIDERS, 14));
        Tab yamlTab = new Tab("YAML");
        yamlTab.setGraphic(Icons.of(Feather.CODE, 14));
        yamlTab.setId("yaml-tab");
        LazyTabContent.install(yamlTab, () -> yaml);
        Tab simTab = new Tab("Simulation");
        simTab.setGraphic(Icons.of(Feather.PLAY_CIRCLE, 14));
        simTab.setId("simulation-tab");
        LazyTabContent.install(simTab, () -> {
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(
                    new SimulationPanel(simulation, stage));
            // the panel's charts and table follow the side panel's width (wrapping text) instead of running off it
            scroll.setFitToWidth(true);
            return scroll;
        });
        TabPane right = new TabPane(propsTab, yamlTab, simTab);
        simulation.runningProperty().addListener((o, was, now) -> {
            if (now) {
                right.getSelectionModel().select(simTab);
            }
        });
        this.sideTabs = right;
        right.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        right.setSide(Side.TOP);
        right.getStyleClass().add("side-tabs");

        SplitPane main = new SplitPane(palette, center, right);
        main.setDividerPositions(0.16, 0.75);
        main.getStyleClass().add("window-split");
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(right, false);
        return main;
    }

    private HBox analysisBanner() {
        Label text = new Label();
        text.setId("analysis-banner-text");
        text.textProperty().bind(canvas.highlightProperty().map(h -> h.title()));
        // a long answer (a what-if with several services, a multi-key listener) wraps instead of ending in "..."
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.maxWidthProperty().bind(canvas.widthProperty().subtract(96));
        Button close = new Button(null, Icons.of(Feather.X, 13));
        close.getStyleClass().addAll("flat", "button-icon", "small");
        close.setOnAction(e -> actions.analysis().clear());
        HBox banner = new HBox(8, Icons.of(Feather.ACTIVITY, 14), text, close);
        banner.setId("analysis-banner");
        banner.getStyleClass().add("analysis-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        banner.visibleProperty().bind(canvas.highlightProperty().map(h -> !h.isEmpty()));
        // the canvas keeps a fitted design and an analysis's sites below the banner (it floats over the top edge)
        canvas.topOverlayProperty().bind(Bindings.createDoubleBinding(
                () -> banner.isVisible() ? banner.getBoundsInParent().getMaxY() : 0,
                banner.visibleProperty(), banner.boundsInParentProperty()));
        return banner;
    }

    private StackPane zoomPill() {
        Button out = new Button(null, Icons.of(Feather.MINUS, 13));
        out.setOnAction(e -> canvas.zoomOut());
        Button in = new Button(null, Icons.of(Feather.PLUS, 13));
        in.setOnAction(e -> canvas.zoomIn());
        Button fit = new Button(null, Icons.of(Feather.MAXIMIZE, 13));
        fit.setOnAction(e -> canvas.fitToContent());
        Label zoom = new Label();
        zoom.textProperty().bind(canvas.viewport().zoomProperty().multiply(100).asString("%.0f%%"));
        zoom.getStyleClass().add("zoom-label");
        for (Button b : new Button[] {out, in, fit}) {
            b.getStyleClass().addAll("flat", "button-icon", "small");
        }
        HBox pill = new HBox(2, out, zoom, in, fit);
        pill.getStyleClass().add("zoom-pill");
        pill.setAlignment(Pos.CENTER);
        // the drop shadow sits on a node of its own, rendered once from a bitmap: on the pill it was re-filtered
        // every frame while zooming changes the percentage
        Region shadow = new Region();
        shadow.getStyleClass().add("zoom-pill-shadow");
        shadow.setCache(true);
        StackPane frame = new StackPane(shadow, pill);
        frame.getStyleClass().add("zoom-pill-frame");
        frame.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        return frame;
    }

    /** Selects and shows a problem's element; a problem about one field brings the property sheet forward. */
    private void reveal(Diagnostic problem) {
        String elementId = problem.elementIds().get(0);
        context.selection().select(elementId);
        canvas.reveal(elementId);
        if (!problem.field().isEmpty()) {
            sideTabs.getSelectionModel().select(0);
        }
    }

    private void quit() {
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        if (!stage.isShowing()) {
            Platform.exit();
        }
    }

    /** Builds the scene (theme and designer stylesheet applied) and wires title, keys and close confirmation. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(DesignerWindow.class.getResource("designer.css").toExternalForm());
        new DesignerKeys(actions, canvas).install(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> WindowTitle.of(
                        context.document().network().name(), context.document().file(), context.document().isDirty()),
                context.document().networkProperty(), context.document().dirtyProperty(),
                context.document().fileProperty()));
        stage.setOnCloseRequest(e -> {
            if (!actions.files().confirmDiscard()) {
                e.consume();
            } else {
                // saved, or the user chose not to: either way nothing is left to offer back at the next start
                closeConfirmed = true;
                stopRunningWork();
            }
        });
        return scene;
    }

    /** Stops the simulation and any apply in flight; the window is about to go. */
    public void stopRunningWork() {
        simulation.close();
        apply.close();
    }

    /**
     * Whether the user closed the window and answered the unsaved-changes question (saved, or chose not to). A
     * session ended any other way (a termination signal) keeps its unsaved work for recovery.
     */
    public boolean closeConfirmed() {
        return closeConfirmed;
    }

    /** Brings the YAML panel to the front. */
    public void showYamlPanel() {
        sideTabs.getSelectionModel().select(1);
    }

    /** Brings the simulation panel to the front (built now if it was never shown). */
    public void showSimulationPanel() {
        sideTabs.getSelectionModel().select(2);
    }

    public SimulationMode simulation() {
        return simulation;
    }

    public ApplyActions apply() {
        return apply;
    }

    public DesignCanvas canvas() {
        return canvas;
    }

    public DesignerActions actions() {
        return actions;
    }

    public PropertiesView properties() {
        return properties;
    }

    public ProblemsView problems() {
        return problems;
    }

    public YamlPreviewView yaml() {
        return yaml;
    }
}
