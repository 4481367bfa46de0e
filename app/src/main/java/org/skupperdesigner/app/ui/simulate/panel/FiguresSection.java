package org.skupperdesigner.app.ui.simulate.panel;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.skupperdesigner.app.ui.simulate.LiveNetwork;
import org.skupperdesigner.app.ui.simulate.SimulationMode;

/**
 * The top of the simulation panel: pick a listener or connector (or select it on the canvas in run mode), see its
 * rolling charts, and tune its traffic (listener) or workload (connector). Charts redraw at most
 * {@link LiveFigures#SAMPLES_PER_SECOND} times a second, when the panel refresh brings a new sample.
 */
public final class FiguresSection extends VBox {

    private final SimulationMode mode;
    private final FigureChartsView charts = new FigureChartsView();
    private final TrafficControlsView traffic;
    private final WorkloadControlsView workload;
    private final TitledPane controls = new TitledPane();
    private FigureSample lastDrawn;

    public FiguresSection(SimulationMode mode) {
        super(10);
        this.mode = mode;
        this.traffic = new TrafficControlsView(mode);
        this.workload = new WorkloadControlsView(mode);
        ComboBox<FigureTarget> picker = new ComboBox<>(mode.panel().targets());
        picker.setId("sim-target-picker");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPromptText("Pick a listener or connector");
        picker.valueProperty().bindBidirectional(mode.panel().targetProperty());
        Label hint = new Label("Or select a listener or connector on the canvas.");
        hint.getStyleClass().add("text-muted");
        VBox figures = new VBox(8, picker, hint, charts);
        figures.setPadding(new Insets(4, 0, 0, 0));
        TitledPane figuresPane = new TitledPane("Figures (last 60 s)", figures);
        figuresPane.setId("sim-figures-pane");
        controls.setId("sim-controls-pane");
        getChildren().addAll(figuresPane, controls);
        setMinWidth(0);
        figuresPane.setMinWidth(0);
        controls.setMinWidth(0);
        picker.setMinWidth(0);
        hint.setMinWidth(0);
        hint.setWrapText(true);

        mode.panel().targetProperty().addListener((o, was, now) -> showTarget(now));
        mode.panel().refreshesProperty().addListener((o, was, now) -> refresh());
        // a run starts or ends: show the settings as saved (an undo may have changed them since)
        mode.runningProperty().addListener((o, was, now) -> showTarget(mode.panel().targetProperty().get()));
        mode.runningProperty().addListener((o, was, now) -> refresh());
        mode.panel().targetProperty().addListener((o, was, now) -> refresh());
        showTarget(mode.panel().targetProperty().get());
        refresh();
    }

    private void showTarget(FigureTarget target) {
        lastDrawn = null;
        if (target == null) {
            controls.setText("Traffic / workload");
            controls.setContent(new StackPane(new Label("The design has no listener or connector.")));
        } else if (target.isListener()) {
            controls.setText("Traffic to " + target.id());
            traffic.showListener(target.id());
            controls.setContent(traffic);
        } else {
            controls.setText("Workload behind " + target.id());
            workload.showConnector(target.id());
            controls.setContent(workload);
        }
    }

    private void refresh() {
        FigureTarget target = mode.panel().targetProperty().get();
        boolean running = mode.runningProperty().get();
        if (target != null && target.isListener()) {
            traffic.refreshState(mode.live().listener(target.id()), running);
        }
        FigureHistory history = target == null ? null : mode.panel().figures().history(target);
        FigureSample newest = history == null ? null : history.latest();
        if (newest != null && newest == lastDrawn) {
            return; // no new sample since the last redraw
        }
        lastDrawn = newest;
        charts.show(history, headline(target, newest));
    }

    private String headline(FigureTarget target, FigureSample s) {
        if (target == null) {
            return "";
        }
        if (s == null) {
            return target.label() + ": no figures yet" + (mode.runningProperty().get() ? "" : " (start the simulation)");
        }
        String figures = String.format(Locale.ROOT, "%.1f %s/s · %s/s · %.1f errors/s%np50 %.1f ms · p90 %.1f ms · "
                        + "p99 %.1f ms", s.okPerSecond(), target.isListener() ? "req" : "conn",
                FlowTableView.bytes((long) s.bytesPerSecond()), s.errorsPerSecond(), s.p50Millis(), s.p90Millis(),
                s.p99Millis());
        if (target.isListener()) {
            LiveNetwork.ListenerLive l = mode.live().listener(target.id());
            return target.label() + "\n" + figures + (l == null ? "" : String.format(Locale.ROOT,
                    "\n%d open · %d requests, %d failed", l.openConnections(), l.requests(), l.errors()));
        }
        ConnectorFigures.Totals t = mode.panel().figures().connectors().totals(target.id());
        return target.label() + "\n" + figures + String.format(Locale.ROOT, "\n%d served · %d failed · %s",
                t.served(), t.failed(), FlowTableView.bytes(t.bytes()));
    }

    public FigureChartsView charts() {
        return charts;
    }

    public TrafficControlsView traffic() {
        return traffic;
    }

    public WorkloadControlsView workload() {
        return workload;
    }
}
