package org.skupperdesigner.app.ui.simulate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.simulate.panel.ExpectedPaths;
import org.skupperdesigner.app.ui.simulate.panel.ListUpdates;
import org.skupperdesigner.app.ui.simulate.panel.LiveSettings;
import org.skupperdesigner.app.ui.simulate.panel.NewestFirstList;
import org.skupperdesigner.app.ui.simulate.panel.PanelModel;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.simulator.SimulationOptions;
import org.skupperdesigner.simulator.SimulationSnapshot;
import org.skupperdesigner.simulator.event.FlowView;
import org.skupperdesigner.simulator.event.SimulationEvent;
import org.skupperdesigner.simulator.fault.LinkShape;
import org.skupperdesigner.simulator.report.HtmlReportWriter;
import org.skupperdesigner.simulator.scenario.ExpectationResult;
import org.skupperdesigner.simulator.scenario.Scenario;
import org.skupperdesigner.simulator.scenario.ScenarioParser;
import org.skupperdesigner.simulator.scenario.ScenarioResult;
import org.skupperdesigner.simulator.scenario.ScenarioRunner;
import org.skupperdesigner.simulator.traffic.TrafficSpec;
import org.skupperdesigner.simulator.workload.WorkloadSpec;

/**
 * Simulation mode of the designer window: locks editing, starts the drawn network in the simulator, and once per
 * pulse (one {@link AnimationTimer}) drains the simulator's event subscription and the newest snapshot into
 * {@link LiveNetwork} and the panel's figures and flow table ({@link PanelModel}), then
 * redraws the {@link TrafficOverlay}; panels refresh four times a second, in three parts on different pulses (flow
 * table; figures; lists and status) so no single frame pays for all of them. Faults, traffic and workload changes go to
 * the session's control thread; traffic and workload settings are also saved in the design's simulation section
 * (a document change that run mode allows, ADR 0455). Also runs saved scenarios with progress and verdicts.
 */
public final class SimulationMode implements AutoCloseable {

    /** How often each part of the side panel refreshes. */
    static final long PANEL_REFRESH_NANOS = 250_000_000L;
    /** Flow table, figures, lists and status: refreshed on different pulses. */
    private static final int PANEL_PARTS = 3;

    private final DocumentModel document;
    private final DesignCanvas canvas;
    private final TrafficOverlay overlay;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final StringProperty status = new SimpleStringProperty(this, "status", "Not running");
    private final BooleanBinding toggleable;
    private final NewestFirstList<String> timeline = new NewestFirstList<>(LiveNetwork.TIMELINE);
    private final ObservableList<LiveNetwork.ListenerLive> listeners = FXCollections.observableArrayList();
    private final ObjectProperty<SimulationOptions> options =
            new SimpleObjectProperty<>(this, "options", SimulationOptions.defaults());
    // scenario state
    private final DoubleProperty scenarioProgress = new SimpleDoubleProperty(this, "scenarioProgress", 0);
    private final StringProperty scenarioStatus = new SimpleStringProperty(this, "scenarioStatus", "");
    private final ObservableList<ExpectationResult> expectations = FXCollections.observableArrayList();
    private final ObjectProperty<Boolean> scenarioPassed = new SimpleObjectProperty<>(this, "scenarioPassed");
    private final ObjectProperty<Path> reportFile = new SimpleObjectProperty<>(this, "reportFile");
    private final ScenarioReports reports;
    private final ConcurrentLinkedQueue<Object> scenarioQueue = new ConcurrentLinkedQueue<>();
    private final AnimationTimer pulse;
    private LiveNetwork live = new LiveNetwork();
    private final PanelModel panel;
    private SimulationSession session;
    /** Held while running: editing is refused (the first design being read may hold the document too). */
    private DocumentModel.Lock runLock;
    private long lastPulse;
    private long lastPanelRefresh;
    private int panelPart;
    private long timelineShown;
    private SimulationSnapshot lastSnapshot;
    private volatile Thread scenarioThread;
    private long maxFrameNanos;

    /** @param reportsDir where the scenario reports it writes are kept (the newest few; see ScenarioReports) */
    public SimulationMode(DocumentModel document, DesignCanvas canvas, Path reportsDir) {
        this.document = document;
        this.canvas = canvas;
        this.reports = new ScenarioReports(reportsDir);
        this.overlay = new TrafficOverlay(canvas);
        this.pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onPulse(now);
            }
        };
        pulse.start();
        this.panel = new PanelModel(document);
        this.toggleable = running.or(document.lockedProperty().not());
        // a simulation runs the design it was started on: when another replaces it (File > Open, New, an import or
        // a recovery) it stops instead of running one design under the picture of another
        document.documentNumberProperty().addListener(o -> {
            if (running.get()) {
                stop();
                status.set("Stopped: another design was opened");
            }
        });
    }

    /** Canvas selection of a listener or connector (in run mode) picks it for the panel's figures and controls. */
    public void followSelection(ReadOnlyObjectProperty<String> primarySelection) {
        panel.followSelection(primarySelection, running::get);
    }

    // ---- start / stop ----

    public void toggle() {
        if (running.get()) {
            stop();
        } else {
            start();
        }
    }

    /**
     * Locks editing and starts the design as drawn. Not while something else holds the document (the window's
     * first design still being read): there is no design to run yet.
     */
    public void start() {
        if (running.get() || document.lockedProperty().get()) {
            return;
        }
        Network network = document.network();
        running.set(true);
        runLock = document.lock("the simulation");
        canvas.runModeProperty().set(true);
        live = new LiveNetwork();
        live.expectPaths(ExpectedPaths.of(network));
        panel.reset();
        lastSnapshot = null;
        timeline.clear();
        timelineShown = 0;
        listeners.clear();
        overlay.attach(network);
        status.set("Starting " + network.sites().size() + " router(s)…");
        session = new SimulationSession();
        SimulationSession mine = session;
        mine.start(network, options.get(), sim -> {
            // what is drawn but not simulated, first in the timeline: a listener without traffic says why
            sim.diagnostics().forEach(d -> sim.note(d.message()));
            for (var address : sim.listenerAddresses()) {
                try {
                    sim.startTraffic(address.listenerId());
                } catch (RuntimeException e) {
                    sim.note("no traffic to " + address.listenerId() + ": " + e.getMessage());
                }
            }
            sim.note("network ready; traffic started on " + sim.listenerAddresses().size() + " listener(s)");
        }, error -> scenarioQueue.add(new StartFailed(error)));
    }

    /** Stops every router and unlocks editing. */
    public void stop() {
        if (!running.get()) {
            return;
        }
        if (session != null) {
            session.close();
            session = null;
        }
        overlay.detach();
        running.set(false);
        runLock.release();
        canvas.runModeProperty().set(false);
        status.set("Not running");
    }

    private void onPulse(long now) {
        double seconds = lastPulse == 0 ? 0 : (now - lastPulse) / 1e9;
        lastPulse = now;
        drainScenario();
        if (session == null) {
            return;
        }
        long t0 = System.nanoTime();
        List<SimulationEvent> batch = session.drain();
        List<FlowView> newFlows = live.onEvents(batch);
        panel.onFlows(newFlows);
        SimulationSnapshot snap = session.snapshot();
        if (snap != null && snap != lastSnapshot) {
            lastSnapshot = snap;
            live.onSnapshot(snap, now);
            org.skupperdesigner.simulator.Simulation sim = session.simulation();
            panel.onSnapshot(snap, sim == null ? null : sim::listenerMetrics);
        }
        overlay.update(live, newFlows, seconds);
        if (now - lastPanelRefresh > PANEL_REFRESH_NANOS / PANEL_PARTS) {
            lastPanelRefresh = now;
            refreshPanelPart(panelPart, snap);
            panelPart = (panelPart + 1) % PANEL_PARTS;
        }
        maxFrameNanos = Math.max(maxFrameNanos, System.nanoTime() - t0);
    }

    /**
     * One part of the panel refresh; each part comes every {@link #PANEL_REFRESH_NANOS}. Lists change incrementally
     * (new timeline lines on top, changed listeners in place), never by replacing the whole list.
     */
    private void refreshPanelPart(int part, SimulationSnapshot snap) {
        if (part == 0) {
            panel.flushFlows();
            return;
        }
        if (part == 1) {
            panel.refreshFigures();
            return;
        }
        timeline.prepend(live.timelineSince(timelineShown));
        timelineShown = live.timelineRecorded();
        ListUpdates.replaceChanged(listeners, List.copyOf(live.listeners().values()));
        if (snap != null) {
            long down = snap.links().stream().filter(l -> !l.up()).count();
            long stopped = snap.sites().stream().filter(s -> !s.running()).count();
            status.set(String.format("Running %.0fs · %d site(s)%s · %d link(s)%s · %d flows · editing locked",
                    snap.elapsed().toMillis() / 1000.0, snap.sites().size(),
                    stopped > 0 ? " (" + stopped + " stopped)" : "", snap.links().size(),
                    down > 0 ? " (" + down + " down)" : "", live.flowsSeen()));
        }
    }

    // ---- faults and traffic (UI thread calls; the work runs on the session's control thread) ----

    public void cutLink(String linkId) {
        control("cut " + linkId, s -> s.faults().cutLink(linkId));
    }

    public void restoreLink(String linkId) {
        control("restore " + linkId, s -> s.faults().restoreLink(linkId));
    }

    public void blackholeLink(String linkId) {
        control("black hole " + linkId, s -> s.faults().silenceLink(linkId));
    }

    public void slowLink(String linkId, java.time.Duration latency) {
        control("slow " + linkId, s -> s.faults().shapeLink(linkId, LinkShape.NONE.withLatency(latency)));
    }

    public void clearShape(String linkId) {
        control("unshape " + linkId, s -> s.faults().shapeLink(linkId, LinkShape.NONE));
    }

    public void stopSite(String siteId) {
        control("stop " + siteId, s -> s.faults().stopSite(siteId));
    }

    public void startSite(String siteId) {
        control("start " + siteId, s -> s.faults().startSite(siteId));
    }

    /** Starts (or restarts) traffic to a listener with the settings saved in the design. */
    public void startTraffic(String listenerId) {
        TrafficSpec spec = startingNow(trafficSpec(listenerId));
        control("traffic " + listenerId, s -> s.traffic().start(listenerId, spec));
    }

    public void stopTraffic(String listenerId) {
        control("stop traffic " + listenerId, s -> s.traffic().stop(listenerId));
    }

    // ---- simulation settings (saved in the design; applied live when running) ----

    /** The traffic the design gives a listener (its own entry or the default). */
    public TrafficSpec trafficSpec(String listenerId) {
        return LiveSettings.of(document.network()).trafficFor(listenerId);
    }

    /** The workload the design gives a connector (its own entry or the default). */
    public WorkloadSpec workloadSpec(String connectorId) {
        return LiveSettings.of(document.network()).workloadFor(connectorId);
    }

    /**
     * Saves a listener's traffic in the design and, if a generator is sending to it, replaces that generator so the
     * new rate, concurrency, sizes and protocol apply at once.
     */
    public void applyTraffic(String listenerId, TrafficSpec spec) {
        document.applySimulationSettings("Traffic of " + listenerId, LiveSettings.withTraffic(document.network(),
                listenerId, spec));
        TrafficSpec live = startingNow(spec);
        control("traffic " + listenerId, s -> LiveSettings.retuneTraffic(s, listenerId, live));
    }

    /** Saves a connector's workload in the design and, when running, restarts that workload with it. */
    public void applyWorkload(String connectorId, WorkloadSpec spec) {
        document.applySimulationSettings("Workload of " + connectorId, LiveSettings.withWorkload(document.network(),
                connectorId, spec));
        Network edited = document.network();
        control("workload " + connectorId, s -> LiveSettings.applyWorkload(s, edited, connectorId));
    }

    /** Generators started from the panel start at once, whatever start offset the design gives them. */
    private static TrafficSpec startingNow(TrafficSpec spec) {
        return new TrafficSpec(spec.rate(), spec.concurrency(), spec.requestSize(), spec.responseSize(),
                spec.protocol(), java.time.Duration.ZERO, spec.duration(), spec.timeout());
    }

    private void control(String what, java.util.function.Consumer<org.skupperdesigner.simulator.Simulation> action) {
        if (session != null) {
            session.control(what, action);
        }
    }

    /** The right-click menu in run mode for the selected link or site (null when there is none). */
    public ContextMenu contextMenu(String elementId) {
        ContextMenu menu = new ContextMenu();
        if (elementId != null && ElementIds.isLink(elementId)) {
            String id = elementId.substring(ElementIds.LINK_PREFIX.length());
            menu.getItems().addAll(item("Cut Link", "sim-cut", () -> cutLink(id)),
                    item("Restore Link", "sim-restore", () -> restoreLink(id)),
                    item("Black-hole Link", "sim-blackhole", () -> blackholeLink(id)),
                    item("Slow Link (+200 ms)", "sim-slow", () -> slowLink(id, java.time.Duration.ofMillis(200))),
                    item("Clear Slowdown", "sim-unslow", () -> clearShape(id)));
        } else if (elementId != null && ElementIds.isSite(elementId)) {
            String id = ElementIds.siteOf(elementId);
            menu.getItems().addAll(item("Stop Router", "sim-stop-site", () -> stopSite(id)),
                    item("Start Router", "sim-start-site", () -> startSite(id)));
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().add(item("Stop Simulation", "sim-stop", this::stop));
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    // ---- scenarios ----

    /** Runs a saved scenario in its own simulation (in the background) and shows its progress and verdicts. */
    public void runScenario(Path scenarioFile) {
        if (scenarioThread != null) {
            return;
        }
        expectations.clear();
        scenarioPassed.set(null);
        reportFile.set(null);
        scenarioProgress.set(-1);
        scenarioStatus.set("Reading " + scenarioFile.getFileName() + "…");
        Network current = document.network();
        Thread t = new Thread(() -> runScenarioInBackground(scenarioFile, current), "designer-scenario");
        t.setDaemon(true);
        scenarioThread = t;
        t.start();
    }

    private void runScenarioInBackground(Path file, Network current) {
        try {
            ScenarioParser.Result parsed = new ScenarioParser().parse(file, Files.readString(file));
            if (parsed.hasErrors()) {
                scenarioQueue.add(new ScenarioFailed("the scenario has errors: " + parsed.diagnostics().get(0)
                        .message()));
                return;
            }
            Scenario scenario = parsed.scenario();
            Network network = current;
            if (scenario.design() != null) {
                LoadedNetwork loaded = NetworkLoader.load(List.of(scenario.design()));
                if (loaded.hasErrors()) {
                    scenarioQueue.add(new ScenarioFailed("its design " + scenario.design() + " has errors"));
                    return;
                }
                network = loaded.network();
            }
            ScenarioResult result = new ScenarioRunner(options.get()).run(network, scenario,
                    new ScenarioRunner.Listener() {
                        @Override
                        public void progress(java.time.Duration at, java.time.Duration total, String line) {
                            scenarioQueue.add(new ScenarioProgress(at.toMillis() / (double) Math.max(1,
                                    total.toMillis()), line));
                        }
                    });
            Path report = reports.newReport(file, java.time.LocalDateTime.now());
            new HtmlReportWriter().write(result.report(), report);
            scenarioQueue.add(new ScenarioDone(result, report));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            scenarioQueue.add(new ScenarioFailed("interrupted"));
        } catch (Exception e) {
            scenarioQueue.add(new ScenarioFailed(e.getMessage()));
        } finally {
            scenarioQueue.add(new ScenarioEnded());
        }
    }

    private void drainScenario() {
        for (Object m = scenarioQueue.poll(); m != null; m = scenarioQueue.poll()) {
            if (m instanceof ScenarioProgress p) {
                scenarioProgress.set(Math.min(1, p.fraction()));
                scenarioStatus.set(p.line());
            } else if (m instanceof ScenarioDone d) {
                expectations.setAll(d.result().expectations());
                scenarioPassed.set(d.result().passed());
                reportFile.set(d.report());
                scenarioProgress.set(1);
                scenarioStatus.set((d.result().passed() ? "PASSED" : "FAILED") + ": "
                        + d.result().expectations().stream().filter(ExpectationResult::passed).count() + " of "
                        + d.result().expectations().size() + " expectation(s) held"
                        + (d.result().stepErrors().isEmpty() ? "" : "; step errors: " + d.result().stepErrors()));
            } else if (m instanceof ScenarioFailed f) {
                scenarioPassed.set(false);
                scenarioProgress.set(0);
                scenarioStatus.set("Could not run: " + f.message());
            } else if (m instanceof ScenarioEnded) {
                scenarioThread = null;
            } else if (m instanceof StartFailed f) {
                stop();
                status.set("The simulation did not start: " + f.message());
            }
        }
    }

    // ---- state ----

    /** Whether Start / Stop does something now: stop when running, start when nothing else holds the document. */
    public BooleanExpression toggleableProperty() {
        return toggleable;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<SimulationOptions> optionsProperty() {
        return options;
    }

    public LiveNetwork live() {
        return live;
    }

    public ObservableList<String> timeline() {
        return timeline;
    }

    public ObservableList<LiveNetwork.ListenerLive> listeners() {
        return listeners;
    }

    /** The panel's figures, picker and flow table. */
    public PanelModel panel() {
        return panel;
    }

    public DoubleProperty scenarioProgressProperty() {
        return scenarioProgress;
    }

    public StringProperty scenarioStatusProperty() {
        return scenarioStatus;
    }

    public ObservableList<ExpectationResult> expectations() {
        return expectations;
    }

    public ObjectProperty<Boolean> scenarioPassedProperty() {
        return scenarioPassed;
    }

    public ObjectProperty<Path> reportFileProperty() {
        return reportFile;
    }

    /** Longest time one pulse spent draining and redrawing, in nanoseconds (for the benchmark). */
    public long maxFrameNanos() {
        return maxFrameNanos;
    }

    int dotCount() {
        return overlay.dotCount();
    }

    // ---- for step mode and the benchmark (additive accessors) ----

    /** The canvas run mode draws on. */
    public DesignCanvas canvas() {
        return canvas;
    }

    /** The design that runs (editing is locked while it does). */
    public Network network() {
        return document.network();
    }

    /**
     * Sends one connection through a listener and follows it hop by hop, on the session's control thread. Fails
     * at once when no simulation runs.
     */
    public java.util.concurrent.CompletableFuture<org.skupperdesigner.simulator.trace.Trace> trace(
            String listenerId, java.time.Duration timeout) {
        SimulationSession current = session;
        return current == null ? java.util.concurrent.CompletableFuture.failedFuture(
                new IllegalStateException("the simulation is not running")) : current.trace(listenerId, timeout);
    }

    /** The running simulation once started, else null (the benchmark publishes synthetic events into it). */
    public org.skupperdesigner.simulator.Simulation simulation() {
        SimulationSession current = session;
        return current == null ? null : current.simulation();
    }

    /** How the current session's events have been drained (one drain per pulse). */
    public DrainStats drainStats() {
        SimulationSession current = session;
        return current == null ? DrainStats.NONE : current.drainStats();
    }

    @Override
    public void close() {
        stop();
        pulse.stop();
    }

    private record ScenarioProgress(double fraction, String line) {
    }

    private record ScenarioDone(ScenarioResult result, Path report) {
    }

    private record ScenarioFailed(String message) {
    }

    private record ScenarioEnded() {
    }

    private record StartFailed(String message) {
    }
}
