package org.skupperdesigner.app.ui.simulate.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Three small rolling charts of one listener or connector over the last minute: requests and errors per second,
 * bytes per second, and latency percentiles. Animation and symbols are off; {@link #show} (called a few times a
 * second at most) appends the new samples to the existing series and drops those that left the window, and replaces
 * the points only when another history is shown, so nothing here runs per event.
 */
public final class FigureChartsView extends VBox {

    private final Label summary = new Label();
    private final XYChart.Series<Number, Number> ok = series("ok/s");
    private final XYChart.Series<Number, Number> errors = series("errors/s");
    private final XYChart.Series<Number, Number> bytes = series("KiB/s");
    private final XYChart.Series<Number, Number> p50 = series("p50");
    private final XYChart.Series<Number, Number> p90 = series("p90");
    private final XYChart.Series<Number, Number> p99 = series("p99");
    private final List<NumberAxis> timeAxes = new ArrayList<>();
    private final LineChart<Number, Number> throughputChart;
    private final LineChart<Number, Number> bytesChart;
    private final LineChart<Number, Number> latencyChart;
    private FigureHistory shown;

    public FigureChartsView() {
        super(6);
        getStyleClass().add("sim-figures");
        summary.setId("sim-figures-summary");
        summary.getStyleClass().add("sim-figures-summary");
        summary.setWrapText(true);
        summary.setMinWidth(0);
        setMinWidth(0);
        throughputChart = chart("sim-chart-throughput", "req/s", ok, errors);
        bytesChart = chart("sim-chart-bytes", "KiB/s", bytes);
        latencyChart = chart("sim-chart-latency", "ms", p50, p90, p99);
        getChildren().addAll(summary,
                header("Requests per second", "ok", "#1f883d", "errors", "#cf222e"), throughputChart,
                header("Bytes per second, both ways", null, null, null, null), bytesChart,
                header("Latency (successful)", "p50", "#0969da", "p90", "#bf8700", "p99", "#cf222e"),
                latencyChart);
    }

    /** Shows a history (null: nothing picked) with a one-line summary of its newest figures. */
    public void show(FigureHistory history, String headline) {
        summary.setText(headline);
        boolean sameHistory = history == shown;
        shown = history;
        if (history == null || history.size() == 0) {
            for (XYChart.Series<Number, Number> s : List.of(ok, errors, bytes, p50, p90, p99)) {
                s.getData().clear();
            }
            return;
        }
        List<FigureSample> samples = history.samples();
        double newest = samples.get(samples.size() - 1).at();
        for (NumberAxis axis : timeAxes) {
            axis.setLowerBound(Math.max(0, Math.floor(newest - history.windowSeconds())));
            axis.setUpperBound(Math.max(Math.ceil(newest), history.windowSeconds()));
        }
        fill(ok, samples, FigureSample::okPerSecond, sameHistory);
        fill(errors, samples, FigureSample::errorsPerSecond, sameHistory);
        fill(bytes, samples, s -> s.bytesPerSecond() / 1024, sameHistory);
        fill(p50, samples, FigureSample::p50Millis, sameHistory);
        fill(p90, samples, FigureSample::p90Millis, sameHistory);
        fill(p99, samples, FigureSample::p99Millis, sameHistory);
    }

    public String summaryText() {
        return summary.getText();
    }

    /** Points of one series by its legend name (ok/s, errors/s, KiB/s, p50, p90, p99). */
    public List<XYChart.Data<Number, Number>> points(String seriesName) {
        for (XYChart.Series<Number, Number> s : List.of(ok, errors, bytes, p50, p90, p99)) {
            if (s.getName().equals(seriesName)) {
                return List.copyOf(s.getData());
            }
        }
        throw new IllegalArgumentException("no series " + seriesName);
    }

    /**
     * Brings a series to {@code samples}: for the history already shown, drops the points that left the window and
     * appends the new ones (samples only ever arrive newer); otherwise replaces every point.
     */
    private static void fill(XYChart.Series<Number, Number> series, List<FigureSample> samples,
                             ToDoubleFunction<FigureSample> value, boolean sameHistory) {
        if (sameHistory && append(series.getData(), samples, value)) {
            return;
        }
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(samples.size());
        for (FigureSample s : samples) {
            points.add(new XYChart.Data<>(s.at(), value.applyAsDouble(s)));
        }
        series.getData().setAll(points);
    }

    /** Trims and appends in place; false when the series is not a prefix-aligned view of {@code samples}. */
    private static boolean append(List<XYChart.Data<Number, Number>> data, List<FigureSample> samples,
                                  ToDoubleFunction<FigureSample> value) {
        double first = samples.get(0).at();
        int drop = 0;
        while (drop < data.size() && data.get(drop).getXValue().doubleValue() < first) {
            drop++;
        }
        int kept = data.size() - drop;
        if (kept == 0 || kept > samples.size()
                || data.get(drop).getXValue().doubleValue() != first
                || data.get(data.size() - 1).getXValue().doubleValue() != samples.get(kept - 1).at()) {
            return false;
        }
        if (drop > 0) {
            data.subList(0, drop).clear();
        }
        if (kept < samples.size()) {
            List<XYChart.Data<Number, Number>> fresh = new ArrayList<>(samples.size() - kept);
            for (FigureSample s : samples.subList(kept, samples.size())) {
                fresh.add(new XYChart.Data<>(s.at(), value.applyAsDouble(s)));
            }
            data.addAll(fresh);
        }
        return true;
    }

    /** A chart's title with its own small legend (name, colour pairs; the colours match simulation-panel.css). */
    private static HBox header(String title, String... legend) {
        Label t = new Label(title);
        t.getStyleClass().add("sim-chart-title");
        t.setMinWidth(0);
        HBox box = new HBox(10, t);
        box.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i + 1 < legend.length; i += 2) {
            if (legend[i] == null) {
                continue;
            }
            Label item = new Label(legend[i]);
            Region swatch = new Region();
            swatch.setMinSize(12, 3);
            swatch.setMaxSize(12, 3);
            swatch.setStyle("-fx-background-color: " + legend[i + 1] + ";");
            item.setGraphic(swatch);
            item.getStyleClass().add("sim-chart-legend");
            item.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(item);
        }
        box.setMinWidth(0);
        return box;
    }

    @SafeVarargs
    private LineChart<Number, Number> chart(String id, String unit, XYChart.Series<Number, Number>... series) {
        NumberAxis time = new NumberAxis(0, 60, 10);
        time.setAutoRanging(false);
        time.setAnimated(false);
        time.setMinorTickVisible(false);
        timeAxes.add(time);
        NumberAxis values = new NumberAxis();
        values.setLabel(unit);
        values.setAnimated(false);
        values.setForceZeroInRange(true);
        values.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(time, values);
        chart.setId(id);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setHorizontalGridLinesVisible(true);
        chart.setVerticalGridLinesVisible(false);
        chart.setPrefHeight(150);
        chart.setMinHeight(120);
        chart.setMinWidth(0);
        chart.getStyleClass().add("sim-chart");
        chart.getData().addAll(series);
        return chart;
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }
}
