package org.skupperdesigner.app.ui;

import java.util.List;

import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.common.LazyTooltip;
import org.skupperdesigner.app.ui.apply.ApplyActions;
import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.app.ui.simulate.SimulationMode;

/** The Simulate and Apply entries of the toolbar and the Run menu. */
final class RunControls {

    static final String RUNNING = "running";

    private final SimulationMode simulation;
    private final ApplyActions apply;
    private final Window owner;

    RunControls(SimulationMode simulation, ApplyActions apply, Window owner) {
        this.simulation = simulation;
        this.apply = apply;
        this.owner = owner;
    }

    /** Adds Simulate/Stop, a live badge and Apply in front of the toolbar's find field (never in its overflow). */
    void addTo(ToolBar bar) {
        Button simulate = new Button();
        simulate.setId("toolbar-simulate");
        simulate.getStyleClass().add("sim-toggle");
        simulate.graphicProperty().bind(simulation.runningProperty().map(r -> Icons.of(r ? Feather.SQUARE
                : Feather.PLAY, 16)));
        simulate.textProperty().bind(simulation.runningProperty().map(r -> r ? "Stop" : "Simulate"));
        LazyTooltip.install(simulate, "Run the network offline: editing is locked while it runs (F5)");
        simulate.setMinWidth(Region.USE_PREF_SIZE);
        simulate.setOnAction(e -> simulation.toggle());
        simulate.disableProperty().bind(simulation.toggleableProperty().not());
        simulation.runningProperty().addListener((o, was, now) -> {
            if (now) {
                simulate.getStyleClass().add(RUNNING);
            } else {
                simulate.getStyleClass().remove(RUNNING);
            }
        });
        Label live = new Label("Live", Icons.of(Feather.RADIO, 14));
        live.setId("toolbar-sim-live");
        live.getStyleClass().add("sim-live");
        live.setMinWidth(Region.USE_PREF_SIZE);
        LazyTooltip.install(live, () -> {
            Tooltip status = new Tooltip();
            status.textProperty().bind(simulation.statusProperty());
            return status;
        });
        live.visibleProperty().bind(simulation.runningProperty());
        live.managedProperty().bind(live.visibleProperty());
        Button applyButton = new Button("Apply…", Icons.of(Feather.UPLOAD_CLOUD, 16));
        applyButton.setId("toolbar-apply");
        applyButton.setMinWidth(Region.USE_PREF_SIZE);
        LazyTooltip.install(applyButton, "Apply the design to Kubernetes contexts and this machine");
        applyButton.setOnAction(e -> apply.showDialog());
        int at = bar.getItems().size();
        for (int i = 0; i < bar.getItems().size(); i++) {
            if (DesignerToolBar.SPACER_ID.equals(bar.getItems().get(i).getId())) {
                at = i;
            }
        }
        bar.getItems().addAll(at, List.of(new Separator(Orientation.VERTICAL), simulate, live, applyButton));
        bar.getStylesheets().add(RunControls.class.getResource("run-controls.css").toExternalForm());
    }

    Menu menu() {
        MenuItem simulate = DesignerMenus.item("Start / Stop Simulation", Feather.PLAY, "F5", simulation::toggle);
        simulate.disableProperty().bind(simulation.toggleableProperty().not());
        MenuItem scenario = DesignerMenus.item("Run Scenario…", Feather.LIST, null, () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Run a scenario");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario", "*.yaml", "*.yml"));
            java.io.File f = chooser.showOpenDialog(owner);
            if (f != null) {
                simulation.runScenario(f.toPath());
            }
        });
        MenuItem applyItem = DesignerMenus.item("Apply…", Feather.UPLOAD_CLOUD, "Shortcut+Shift+A",
                apply::showDialog);
        return new Menu("Run", null, simulate, scenario, applyItem);
    }
}
