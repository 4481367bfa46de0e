package org.skupperdesigner.app.ui.apply;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.skupperdesigner.exporters.kube.ApplyOptions;
import org.skupperdesigner.exporters.kube.ClusterConnector;
import org.skupperdesigner.exporters.kube.NetworkApplier;
import org.skupperdesigner.exporters.kube.PlannedApply;
import org.skupperdesigner.exporters.plan.ApplyEvent;
import org.skupperdesigner.exporters.plan.ApplyRequest;
import org.skupperdesigner.exporters.plan.ApplyResult;
import org.skupperdesigner.exporters.plan.ApplyStep;
import org.skupperdesigner.exporters.plan.DriftReport;
import org.skupperdesigner.exporters.plan.PlanText;
import org.skupperdesigner.exporters.plan.PreflightFinding;
import org.skupperdesigner.exporters.system.ProcessSkupperCommand;
import org.skupperdesigner.exporters.system.SkupperCommand;
import org.skupperdesigner.exporters.system.SystemNamespaceLayout;
import org.skupperdesigner.model.diagnostic.IoFailures;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.pki.NetworkCa;

/**
 * The apply dialog's view-model: plans, applies, cancels and compares on a worker thread, and brings every result
 * and progress event onto the UI thread through one {@link UiDrain}. Touches no controls. Its state (steps,
 * findings, per-site status) is read on the UI thread only.
 */
public final class ApplyController implements AutoCloseable {

    /** Phases of one dialog session. */
    public enum Phase { IDLE, PLANNING, PLANNED, APPLYING, APPLIED, FAILED, CANCELLED }

    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ObservableList<PreflightFinding> findings = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final SiteBadges siteBadges = new SiteBadges();
    private final CanvasMarks canvasMarks = new CanvasMarks();
    private final ObservableList<String> contexts = FXCollections.observableArrayList();
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.IDLE);
    private final StringProperty planText = new SimpleStringProperty(this, "planText", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "Check the sites to see the plan.");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty executable = new SimpleBooleanProperty(this, "executable");
    private final ObjectProperty<Path> kubeconfig = new SimpleObjectProperty<>(this, "kubeconfig");
    private final UiDrain<Object> drain = new UiDrain<>(this::onBatch);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "skupper-designer-apply-plan");
        t.setDaemon(true);
        return t;
    });
    private ApplyOptions options = ApplyOptions.defaults();
    private SkupperCommand skupper = new ProcessSkupperCommand();
    private Supplier<SystemNamespaceLayout> layout = SystemNamespaceLayout::fromEnvironment;
    private Supplier<NetworkCa> ca;
    private ClusterConnector connector;
    private NetworkApplier applier;
    private PlannedApply planned;
    private Network plannedNetwork;

    public ApplyController() {
        drain.start();
    }

    // ---- configuration (tests and the window) ----

    public ObjectProperty<Path> kubeconfigProperty() {
        return kubeconfig;
    }

    public void setOptions(ApplyOptions value) {
        this.options = value;
    }

    public void setSkupperCommand(SkupperCommand value) {
        this.skupper = value;
    }

    public void setSystemLayout(Supplier<SystemNamespaceLayout> value) {
        this.layout = value;
    }

    /** Where the network CA comes from (only asked for when the design uses pre-issued credentials). */
    public void setCa(Supplier<NetworkCa> value) {
        this.ca = value;
    }

    // ---- commands (UI thread) ----

    /** Reads the kubeconfig's context names (in the background). */
    public void loadContexts() {
        Path file = kubeconfig.get();
        worker.execute(() -> {
            try (ClusterConnector c = connect(file)) {
                drain.post(new Contexts(c.contexts(), null));
            } catch (RuntimeException e) {
                drain.post(new Contexts(List.of(), IoFailures.describe(e)));
            }
        });
    }

    /** Preflight every site and compute the ordered plan (nothing is written). */
    public void plan(Network network, boolean dryRun, boolean prune) {
        if (busy()) {
            return;
        }
        phase.set(Phase.PLANNING);
        summary.set(dryRun ? "Checking the sites for a dry run…" : "Checking the sites…");
        steps.clear();
        findings.clear();
        log.clear();
        planText.set("");
        executable.set(false);
        Path file = kubeconfig.get();
        Supplier<NetworkCa> caSupplier = ca != null ? ca : () -> NetworkCa.create(network.name() + " network CA");
        worker.execute(() -> {
            try {
                reset();
                connector = connect(file);
                applier = new NetworkApplier(connector, layout.get(), skupper, options, caSupplier);
                PlannedApply result = applier.plan(network, new ApplyRequest(dryRun, prune, Set.of()));
                drain.post(new Planned(network, result));
            } catch (RuntimeException e) {
                drain.post(new Failed("planning failed: " + e.getMessage()));
            }
        });
    }

    /** Runs the plan last computed, with progress; a failure rolls back what was written. */
    public void apply() {
        if (planned == null || phase.get() != Phase.PLANNED || !planned.plan().isExecutable()) {
            return;
        }
        phase.set(Phase.APPLYING);
        summary.set(planned.plan().dryRun() ? "Dry run…" : "Applying…");
        progress.set(0);
        if (!planned.plan().dryRun()) {
            clearMarks();
            siteBadges.applying(involvedSites());
        }
        applier.applyAsync(planned, drain::post).whenComplete((result, error) -> {
            if (error != null) {
                drain.post(new Failed("the apply stopped: " + error.getMessage()));
            }
        });
    }

    /** Stops a running apply at its next check; what it wrote is rolled back. */
    public void cancel() {
        if (phase.get() == Phase.APPLYING && applier != null) {
            log.add("cancel requested: stopping and rolling back…");
            applier.cancel();
        }
    }

    /** Compares the design with what is live and shows the differences per site. */
    public void compare(Network network) {
        if (busy()) {
            return;
        }
        phase.set(Phase.PLANNING);
        clearMarks();
        summary.set("Comparing the design with the live network…");
        Path file = kubeconfig.get();
        Supplier<NetworkCa> caSupplier = ca != null ? ca : () -> NetworkCa.create(network.name() + " network CA");
        worker.execute(() -> {
            try (ClusterConnector c = connect(file);
                 NetworkApplier a = new NetworkApplier(c, layout.get(), skupper, options, caSupplier)) {
                drain.post(new Compared(network, a.diff(network, Set.of())));
            } catch (RuntimeException e) {
                drain.post(new Failed("comparing failed: " + e.getMessage()));
            }
        });
    }

    private boolean busy() {
        return phase.get() == Phase.PLANNING || phase.get() == Phase.APPLYING;
    }

    private ClusterConnector connect(Path file) {
        return file != null ? ClusterConnector.fromKubeconfigFile(file) : ClusterConnector.fromEnvironment();
    }

    private void reset() {
        if (applier != null) {
            applier.close();
            applier = null;
        }
        if (connector != null) {
            connector.close();
            connector = null;
        }
    }

    private Set<String> involvedSites() {
        Set<String> ids = new LinkedHashSet<>();
        planned.plan().steps().stream().map(ApplyStep::siteId).filter(id -> id != null).forEach(ids::add);
        return ids;
    }

    // ---- the UI-thread side of the drain ----

    private void onBatch(List<Object> batch) {
        for (Object message : batch) {
            if (message instanceof ApplyEvent event) {
                onEvent(event);
            } else if (message instanceof Planned p) {
                onPlanned(p);
            } else if (message instanceof Compared compared) {
                onDrift(compared.report());
                canvasMarks.showDrift(compared.network(), compared.report());
            } else if (message instanceof Statuses statuses) {
                canvasMarks.showStatuses(statuses.network(), statuses.report());
                statuses.report().resources().stream().filter(r -> !r.isDone()).forEach(r -> log.add(
                        "status: " + r.ref().display() + " in site " + siteName(statuses.network(), r.siteId())
                                + " is " + r.text()));
            } else if (message instanceof Contexts c) {
                contexts.setAll(new TreeSet<>(c.names()));
                if (c.error() != null) {
                    log.add(c.error());
                }
            } else if (message instanceof String line) {
                log.add(line);
            } else if (message instanceof Failed f) {
                phase.set(Phase.FAILED);
                summary.set(f.message());
                log.add(f.message());
            }
        }
    }

    private void onPlanned(Planned p) {
        planned = p.result();
        plannedNetwork = p.network();
        findings.setAll(planned.plan().findings());
        List<StepRow> rows = new ArrayList<>();
        planned.plan().steps().forEach(s -> rows.add(new StepRow(s)));
        steps.setAll(rows);
        planText.set(PlanText.plan(planned.plan()));
        executable.set(planned.plan().isExecutable());
        phase.set(Phase.PLANNED);
        long errors = planned.plan().findings().stream().filter(PreflightFinding::isError).count();
        summary.set(errors > 0 ? errors + " preflight error(s): fix them before applying"
                : planned.plan().inSync() ? "The live network already matches the design."
                : planned.plan().steps().size() + " step(s) planned" + (planned.plan().dryRun() ? " (dry run)" : ""));
    }

    private void onEvent(ApplyEvent event) {
        String line = PlanText.event(event);
        if (line != null) {
            log.add(line);
        }
        if (event instanceof ApplyEvent.StepStarted started) {
            row(started.step()).statusProperty().set(StepRow.Status.RUNNING);
        } else if (event instanceof ApplyEvent.StepProgress p) {
            row(p.step()).messageProperty().set(p.message());
        } else if (event instanceof ApplyEvent.StepFinished f) {
            StepRow row = row(f.step());
            row.statusProperty().set(f.ok() ? StepRow.Status.DONE : StepRow.Status.FAILED);
            row.messageProperty().set(f.message() == null ? "" : f.message());
            long done = steps.stream().filter(r -> r.status() == StepRow.Status.DONE).count();
            progress.set(steps.isEmpty() ? 1 : done / (double) steps.size());
            if (f.ok() && !planned.plan().dryRun()) {
                siteBadges.stepFinished(f.step());
            }
        } else if (event instanceof ApplyEvent.RollbackStarted) {
            summary.set("Rolling back…");
        } else if (event instanceof ApplyEvent.RollbackFinished) {
            steps.stream().filter(r -> r.status() == StepRow.Status.DONE)
                    .forEach(r -> r.statusProperty().set(StepRow.Status.ROLLED_BACK));
        } else if (event instanceof ApplyEvent.Finished finished) {
            onFinished(finished.result());
        }
    }

    private void onFinished(ApplyResult result) {
        progress.set(result.success() ? 1 : progress.get());
        if (result.success()) {
            phase.set(Phase.APPLIED);
            if (!result.dryRun()) {
                siteBadges.applied(involvedSites());
            }
            summary.set(result.dryRun() ? "Dry run finished: " + result.writes().size() + " change(s) would be made"
                    : "Applied: " + result.writes().size() + " change(s); every site is Ready");
            if (!result.dryRun()) {
                readStatuses(plannedNetwork);
            }
        } else {
            boolean cancelled = result.failure() != null && result.failure().toLowerCase().contains("cancel");
            phase.set(cancelled ? Phase.CANCELLED : Phase.FAILED);
            siteBadges.stopped(involvedSites(), cancelled);
            summary.set((cancelled ? "Cancelled" : "Failed") + (result.failure() == null ? "" : ": "
                    + result.failure()) + (result.rollback() == null ? "" : " (rolled back)"));
        }
        String text = PlanText.result(result);
        if (text != null && !text.isBlank()) {
            text.lines().forEach(log::add);
        }
    }

    /** Reads back what Skupper reports per resource (off the UI thread) for the canvas and the results table. */
    private void readStatuses(Network network) {
        NetworkApplier current = applier;
        worker.execute(() -> {
            try {
                drain.post(new Statuses(network, current.statuses(network, Set.of())));
            } catch (RuntimeException e) {
                drain.post("cannot read the live statuses: " + e.getMessage());
            }
        });
    }

    /** Takes the per-resource marks and the site badges off the canvas. */
    public void clearMarks() {
        canvasMarks.clear();
        siteBadges.clear();
    }

    private void onDrift(DriftReport drift) {
        phase.set(Phase.IDLE);
        planText.set(PlanText.drift(drift));
        siteBadges.compared(drift);
        summary.set(drift.inSync() ? "The design and the live network match."
                : "The live network differs from the design (see the plan tab).");
    }

    private StepRow row(ApplyStep step) {
        for (StepRow r : steps) {
            if (r.step().number() == step.number()) {
                return r;
            }
        }
        StepRow added = new StepRow(step);
        steps.add(added);
        return added;
    }

    // ---- state for the views ----

    public ObservableList<StepRow> steps() {
        return steps;
    }

    public ObservableList<PreflightFinding> findings() {
        return findings;
    }

    public ObservableList<String> log() {
        return log;
    }

    public ObservableList<String> contexts() {
        return contexts;
    }

    /** The per-resource marks of the last apply (live statuses) or comparison (drift). */
    public CanvasMarks canvasMarks() {
        return canvasMarks;
    }

    public ObservableList<ResourceMark> marks() {
        return canvasMarks.marks();
    }

    /** Site id to what the last apply or comparison found ("Ready · Matched", "Drift: …"). */
    public ObservableMap<String, String> siteStatus() {
        return siteBadges.map();
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public StringProperty planTextProperty() {
        return planText;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty executableProperty() {
        return executable;
    }

    /** The design the current plan was made from. */
    public Network plannedNetwork() {
        return plannedNetwork;
    }

    /** Site names for display. */
    static String siteName(Network network, String siteId) {
        return network == null ? siteId : network.site(siteId).map(NetworkSite::name).orElse(siteId);
    }

    @Override
    public void close() {
        drain.close();
        worker.execute(this::reset);
        worker.shutdown();
    }

    private record Planned(Network network, PlannedApply result) {
    }

    private record Failed(String message) {
    }

    private record Compared(Network network, DriftReport report) {
    }

    private record Statuses(Network network, org.skupperdesigner.exporters.plan.LiveStatusReport report) {
    }

    private record Contexts(List<String> names, String error) {
    }
}
