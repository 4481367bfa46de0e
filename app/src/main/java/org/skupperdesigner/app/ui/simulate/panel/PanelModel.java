package org.skupperdesigner.app.ui.simulate.panel;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.simulator.SimulationSnapshot;
import org.skupperdesigner.simulator.event.FlowView;
import org.skupperdesigner.simulator.metrics.ListenerMetrics;

/**
 * The view-model of the simulation panel's figures, on the UI thread: which listeners and connectors the design has,
 * which one is picked, their rolling figures ({@link LiveFigures}) and the flow table ({@link FlowTableModel}).
 * {@code SimulationMode} feeds it from its pulse: flows every pulse, snapshots as they come, a refresh four times a
 * second; views redraw on {@link #refreshesProperty()}.
 */
public final class PanelModel {

    private final ObservableList<FigureTarget> targets = FXCollections.observableArrayList();
    private final ObjectProperty<FigureTarget> target = new SimpleObjectProperty<>(this, "target");
    private final LongProperty refreshes = new SimpleLongProperty(this, "refreshes");
    private final FlowTableModel flowTable = new FlowTableModel(FlowTableModel.DEFAULT_LIMIT);
    private LiveFigures figures = new LiveFigures();
    /** The design the targets were listed from (canvas selections are read against it). */
    private Network network;

    public PanelModel(DocumentModel document) {
        refreshTargets(document.network());
        document.networkProperty().addListener((o, was, now) -> refreshTargets(now));
    }

    /** Canvas selection of a listener or connector picks it, while {@code running} says so (run mode). */
    public void followSelection(ReadOnlyObjectProperty<String> primarySelection, BooleanSupplier running) {
        primarySelection.addListener((o, was, now) -> {
            FigureTarget picked = FigureTarget.ofElementId(now, network);
            if (running.getAsBoolean() && picked != null && targets.contains(picked)) {
                target.set(picked);
            }
        });
    }

    private void refreshTargets(Network now) {
        network = now;
        List<FigureTarget> all = FigureTarget.allOf(now);
        if (!all.equals(targets)) {
            targets.setAll(all);
        }
        if (target.get() == null || !all.contains(target.get())) {
            target.set(all.isEmpty() ? null : all.get(0));
        }
    }

    /** A new run: figures and flows start empty. */
    public void reset() {
        figures = new LiveFigures();
        flowTable.clear();
    }

    /** Flows drained this pulse (started and ended). */
    public void onFlows(List<FlowView> flows) {
        figures.onFlows(flows);
        flowTable.stage(flows);
    }

    /**
     * A new snapshot; samples the figures when due.
     *
     * @param metrics each listener's metrics, to find error answers per connector; null when there is no simulation
     */
    public void onSnapshot(SimulationSnapshot snapshot, Function<String, ListenerMetrics> metrics) {
        if (!figures.wantsSample(snapshot)) {
            return;
        }
        List<String> connectors = targets.stream().filter(t -> !t.isListener()).map(FigureTarget::id).toList();
        Map<String, Long> failedAnswers = Map.of();
        if (metrics != null && !connectors.isEmpty()) {
            long to = snapshot.elapsed().toNanos() / 1000;
            failedAnswers = AnsweredErrors.byConnector(metrics, snapshot.listeners().stream()
                    .map(l -> l.address().listenerId()).toList(), connectors, to - 1_000_000, to);
        }
        figures.onSnapshot(snapshot, connectors, failedAnswers);
    }

    /** The panels' refresh (a few times a second): the flow table takes its staged rows, views redraw. */
    public void onRefresh() {
        flushFlows();
        refreshFigures();
    }

    /** The flow table's half of {@link #onRefresh()}: it takes its staged rows. */
    public void flushFlows() {
        flowTable.flush();
    }

    /** The figures' half of {@link #onRefresh()}: views redraw (charts only when a new sample came). */
    public void refreshFigures() {
        refreshes.set(refreshes.get() + 1);
    }

    /** Listeners and connectors of the design, for the picker. */
    public ObservableList<FigureTarget> targets() {
        return targets;
    }

    /** The listener or connector the panel shows figures and controls for. */
    public ObjectProperty<FigureTarget> targetProperty() {
        return target;
    }

    /** Counts panel refreshes (four a second while running). */
    public LongProperty refreshesProperty() {
        return refreshes;
    }

    /** Rolling chart data of every listener and connector of the current run. */
    public LiveFigures figures() {
        return figures;
    }

    /** Ended connections, newest first, bounded. */
    public FlowTableModel flowTable() {
        return flowTable;
    }
}
