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

import org.skupperdesigner.app.ui.simulate.panel.FiguresSection;
import org.skupperdesigner.app.ui.simulate.panel.FlowTableView;
import org.skupperdesigner.simulator.scenario.ExpectationResult;

/**
 * The side panel of simulation mode: start/stop and status; figures (rolling charts) of a picked listener or
 * connector with its traffic or workload controls; every listener at a glance; the flow table; scenario; timeline.
 * Sections are titled panes in the theme's look; the panel sits in a scroll pane.
 */
public final class SimulationPanel extends VBox {

    private final FiguresSection figures;

    public SimulationPanel(SimulationMode mode, Window owner) {
        super(10);
        setId("simulation-panel");
        getStyleClass().add("simulation-panel");
        setPadding(new Insets(10));
        setFillWidth(true);
        getStylesheets().add(FiguresSection.class.getResource("simulation-panel.css").toExternalForm());
        Button run = new Button();
        run.setId("sim-panel-toggle");
        run.textProperty().bind(mode.runningProperty().map(r -> r ? "Stop Simulation" : "Start Simulation"));
        run.getStyleClass().add("accent");
        run.setMaxWidth(Double.MAX_VALUE);
        run.setOnAction(e -> mode.toggle());
        Label status = new Label();
        status.setId("sim-status");
        status.setWrapText(true);
        status.textProperty().bind(mode.statusProperty());

        ListView<LiveNetwork.ListenerLive> listeners = new ListView<>(mode.listeners());
        listeners.setId("sim-listeners");
        listeners.setPrefHeight(110);
        listeners.setPlaceholder(new Label("Listeners appear when the simulation runs."));
        listeners.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LiveNetwork.ListenerLive l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : String.format(java.util.Locale.ROOT, "%s  %s%s%n  %.1f req/s · "
                        + "%d open · p50 %.0f ms · %d/%d failed%s", l.listenerId(), l.open() ? l.address()
                        : "unmatched", l.traffic() ? "" : " · no traffic", l.requestsPerSecond(), l.openConnections(),
                        l.p50Millis(), l.errors(), l.requests(),
                        l.keys().multiKey() && l.open() ? "\n  " + l.keys().describe() : ""));
            }
        });
        listeners.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                mode.panel().targetProperty().set(org.skupperdesigner.app.ui.simulate.panel.FigureTarget.listener(
                        now.listenerId()));
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
        verdicts.setPrefHeight(100);
        verdicts.setPlaceholder(new Label("Run a scenario file to see its expectations here."));
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

        FlowTableView flows = new FlowTableView(mode.panel().flowTable());
        ListView<String> timeline = new ListView<>(mode.timeline());
        timeline.setId("sim-timeline");
        timeline.setPrefHeight(140);
        timeline.setPlaceholder(new Label("Link, listener and fault events appear here."));

        figures = new FiguresSection(mode);
        TitledPane flowsPane = new TitledPane("Flows (newest first)", flows);
        flowsPane.setTooltip(new javafx.scene.control.Tooltip("Ended connections; click a column to sort by it"));
        flowsPane.setId("sim-flows-pane");
        TitledPane scenario = new TitledPane("Scenario",
                new VBox(8, runScenario, progress, scenarioStatus, verdicts, openReport));
        scenario.setExpanded(false);
        mode.scenarioStatusProperty().addListener((o, was, now) -> scenario.setExpanded(true));
        getChildren().addAll(new VBox(6, run, status), figures, new TitledPane("Listeners", listeners),
                new org.skupperdesigner.app.ui.simulate.step.StepModeView(mode), flowsPane, scenario,
                new TitledPane("Timeline", timeline));
        // narrow side panels squeeze the sections instead of scrolling sideways
        setMinWidth(0);
        lookupAll(".titled-pane").forEach(n -> ((javafx.scene.layout.Region) n).setMinWidth(0));
        for (javafx.scene.Node n : java.util.List.of(listeners, flows, timeline, verdicts, status, scenarioStatus)) {
            ((javafx.scene.layout.Region) n).setMinWidth(0);
        }
    }

    /** The figures, traffic and workload section (for tests and screenshots). */
    public FiguresSection figures() {
        return figures;
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
