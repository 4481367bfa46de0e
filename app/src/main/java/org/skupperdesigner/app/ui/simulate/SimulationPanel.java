package org.skupperdesigner.app.ui.simulate;

import java.nio.file.Path;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.skupperdesigner.simulator.scenario.ExpectationResult;

/** The side panel of simulation mode: status, listeners with addresses and traffic, scenario, flows, timeline. */
public final class SimulationPanel extends VBox {

    public SimulationPanel(SimulationMode mode, Window owner) {
        super(8);
        setId("simulation-panel");
        setPadding(new Insets(10));
        Button run = new Button();
        run.setId("sim-panel-toggle");
        run.textProperty().bind(mode.runningProperty().map(r -> r ? "Stop Simulation" : "Start Simulation"));
        run.setOnAction(e -> mode.toggle());
        Label status = new Label();
        status.setId("sim-status");
        status.setWrapText(true);
        status.textProperty().bind(mode.statusProperty());

        ListView<LiveNetwork.ListenerLive> listeners = new ListView<>(mode.listeners());
        listeners.setId("sim-listeners");
        listeners.setPrefHeight(120);
        listeners.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LiveNetwork.ListenerLive l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : String.format("%s  %s%n  %.0f req/s  p50 %.1f ms  p99 %.1f ms  "
                        + "%d errors / %d", l.listenerId(), l.open() ? l.address() : "unmatched",
                        l.requestsPerSecond(), l.p50Millis(), l.p99Millis(), l.errors(), l.requests()));
            }
        });

        ProgressBar progress = new ProgressBar(0);
        progress.setId("scenario-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(mode.scenarioProgressProperty());
        Label scenarioStatus = new Label();
        scenarioStatus.setId("scenario-status");
        scenarioStatus.setWrapText(true);
        scenarioStatus.textProperty().bind(mode.scenarioStatusProperty());
        ListView<ExpectationResult> verdicts = new ListView<>(mode.expectations());
        verdicts.setId("scenario-expectations");
        verdicts.setPrefHeight(120);
        verdicts.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ExpectationResult r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : (r.passed() ? "✔ " : "✖ ") + r.text() + "  (" + r.actual() + ")");
            }
        });
        Button runScenario = new Button("Run Scenario…");
        runScenario.setId("scenario-run");
        runScenario.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Run a scenario");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario", "*.yaml", "*.yml"));
            java.io.File f = chooser.showOpenDialog(owner);
            if (f != null) {
                mode.runScenario(f.toPath());
            }
        });
        Button openReport = new Button("Open HTML Report");
        openReport.setId("scenario-report");
        openReport.disableProperty().bind(mode.reportFileProperty().isNull());
        openReport.setOnAction(e -> open(mode.reportFileProperty().get()));

        ListView<String> flows = new ListView<>(mode.flows());
        flows.setId("sim-flows");
        flows.setPrefHeight(140);
        ListView<String> timeline = new ListView<>(mode.timeline());
        timeline.setId("sim-timeline");
        timeline.setPrefHeight(140);

        getChildren().addAll(run, status, new TitledPane("Listeners", listeners),
                new TitledPane("Scenario", new VBox(6, runScenario, progress, scenarioStatus, verdicts, openReport)),
                new TitledPane("Flows (who, path, connector, bytes, duration)", flows),
                new TitledPane("Timeline", timeline));
        getChildren().add(new org.skupperdesigner.app.ui.simulate.step.StepModeView(mode));
    }

    private static void open(Path file) {
        Thread t = new Thread(() -> {
            try {
                if (java.awt.Desktop.isDesktopSupported()) {
                    java.awt.Desktop.getDesktop().browse(file.toUri());
                }
            } catch (Exception | Error e) {
                // no desktop browser: the path is shown in the scenario status
            }
        }, "designer-open-report");
        t.setDaemon(true);
        t.start();
    }
}
