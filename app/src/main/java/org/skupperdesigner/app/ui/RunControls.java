package org.skupperdesigner.app.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.apply.ApplyActions;
import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.app.ui.simulate.SimulationMode;

/** The Simulate and Apply entries of the toolbar and the Run menu. */
final class RunControls {

    private final SimulationMode simulation;
    private final ApplyActions apply;
    private final Window owner;

    RunControls(SimulationMode simulation, ApplyActions apply, Window owner) {
        this.simulation = simulation;
        this.apply = apply;
        this.owner = owner;
    }

    void addTo(ToolBar bar) {
        Button simulate = new Button();
        simulate.setId("toolbar-simulate");
        simulate.graphicProperty().bind(simulation.runningProperty().map(r -> Icons.of(r ? Feather.SQUARE
                : Feather.PLAY, 16)));
        simulate.textProperty().bind(simulation.runningProperty().map(r -> r ? "Stop" : "Simulate"));
        simulate.setTooltip(new Tooltip("Run the network offline: editing is locked while it runs (F5)"));
        simulate.setOnAction(e -> simulation.toggle());
        simulation.runningProperty().addListener((o, was, now) -> {
            if (now) {
                simulate.getStyleClass().add("danger");
            } else {
                simulate.getStyleClass().remove("danger");
            }
        });
        Button applyButton = new Button("Apply…", Icons.of(Feather.UPLOAD_CLOUD, 16));
        applyButton.setId("toolbar-apply");
        applyButton.setTooltip(new Tooltip("Apply the design to Kubernetes contexts and this machine"));
        applyButton.setOnAction(e -> apply.showDialog());
        bar.getItems().addAll(new Separator(), simulate, applyButton);
    }

    Menu menu() {
        MenuItem simulate = DesignerMenus.item("Start / Stop Simulation", Feather.PLAY, "F5", simulation::toggle);
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
