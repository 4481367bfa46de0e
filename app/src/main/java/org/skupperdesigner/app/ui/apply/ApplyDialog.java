package org.skupperdesigner.app.ui.apply;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.commands.Edit;
import org.skupperdesigner.exporters.plan.PreflightFinding;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.SiteTarget;

/**
 * The Apply dialog: a target (kube context and namespace, or this machine) per site, then preflight, the ordered
 * plan, a dry run, and the apply itself with per-step progress, cancel and rollback. All state lives in the
 * {@link ApplyController}; this class only lays it out.
 */
public final class ApplyDialog {

    static final String LOCAL = "local system (this machine)";

    private final DocumentModel document;
    private final ApplyController controller;
    private final Stage stage = new Stage();
    private final GridPane targets = new GridPane();
    private final TabPane tabs = new TabPane();

    ApplyDialog(Window owner, DocumentModel document, ApplyController controller) {
        this.document = document;
        this.controller = controller;
        stage.initOwner(owner);
        stage.setTitle("Apply to platforms");
        BorderPane root = new BorderPane();
        root.setId("apply-dialog");
        root.getStyleClass().add("apply-dialog");
        root.setPadding(new Insets(14));
        root.setTop(top());
        root.setCenter(tabs());
        root.setBottom(bottom());
        Scene scene = new Scene(root, 1120, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        document.networkProperty().addListener(o -> rebuildTargets());
        controller.contexts().addListener((ListChangeListener<String>) c -> rebuildTargets());
        controller.phaseProperty().addListener((o, was, now) -> {
            if (now == ApplyController.Phase.PLANNED) {
                tabs.getSelectionModel().select(controller.executableProperty().get() ? 1 : 0);
            } else if (now == ApplyController.Phase.APPLYING) {
                tabs.getSelectionModel().select(2);
            }
        });
    }

    public void show() {
        rebuildTargets();
        controller.loadContexts();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private VBox top() {
        Label title = new Label("Apply the design");
        title.getStyleClass().add("title-3");
        TextField kubeconfig = new TextField();
        kubeconfig.setId("apply-kubeconfig");
        kubeconfig.setPromptText("KUBECONFIG or ~/.kube/config");
        kubeconfig.setText(controller.kubeconfigProperty().get() == null ? ""
                : controller.kubeconfigProperty().get().toString());
        controller.kubeconfigProperty().addListener((o, was, now) -> kubeconfig.setText(now == null ? ""
                : now.toString()));
        kubeconfig.setOnAction(e -> {
            controller.kubeconfigProperty().set(kubeconfig.getText().isBlank() ? null
                    : Path.of(kubeconfig.getText().trim()));
            controller.loadContexts();
        });
        HBox.setHgrow(kubeconfig, Priority.ALWAYS);
        HBox config = new HBox(8, new Label("Kubeconfig"), kubeconfig);
        config.setAlignment(Pos.CENTER_LEFT);
        targets.setId("apply-targets");
        targets.setHgap(10);
        targets.setVgap(6);
        VBox top = new VBox(10, title, config, targets);
        top.setPadding(new Insets(0, 0, 10, 0));
        return top;
    }

    private void rebuildTargets() {
        targets.getChildren().clear();
        targets.addRow(0, header("Site"), header("Platform"), header("Target (context or this machine)"),
                header("Namespace"));
        int row = 1;
        for (NetworkSite site : document.network().sites()) {
            ComboBox<String> target = new ComboBox<>();
            target.setId("apply-target-" + site.id());
            target.setEditable(site.platform() == Platform.KUBERNETES);
            target.setPrefWidth(280);
            target.getItems().setAll(targetChoices(site));
            target.setTooltip(new javafx.scene.control.Tooltip(site.platform() == Platform.KUBERNETES
                    ? "A context of the kubeconfig above" : "System sites are applied on this machine ("
                    + "skupper system apply); for another host, export the site and run it there"));
            target.setValue(describe(site.target()));
            target.setOnAction(e -> setTarget(site.id(), target.getValue(), null));
            TextField namespace = new TextField(site.namespace());
            namespace.setId("apply-namespace-" + site.id());
            namespace.setOnAction(e -> setTarget(site.id(), null, namespace.getText()));
            namespace.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    setTarget(site.id(), null, namespace.getText());
                }
            });
            targets.addRow(row++, new Label(site.name()), new Label(site.platform().name().toLowerCase()), target,
                    namespace);
        }
    }

    /** Kubernetes sites go to a kubeconfig context, system-mode sites (docker, podman, linux) to this machine. */
    List<String> targetChoices(NetworkSite site) {
        return site.platform() == Platform.KUBERNETES ? new ArrayList<>(controller.contexts()) : List.of(LOCAL);
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static String describe(SiteTarget target) {
        if (target == null || target.isUnset()) {
            return "";
        }
        return target.context() != null ? target.context() : LOCAL;
    }

    private void setTarget(String siteId, String targetText, String namespace) {
        Network n = document.network();
        NetworkSite site = n.site(siteId).orElse(null);
        if (site == null) {
            return;
        }
        NetworkSite changed = site;
        if (targetText != null) {
            String t = targetText.trim();
            changed = changed.withTarget(t.isEmpty() ? SiteTarget.UNSET : t.equals(LOCAL)
                    || site.platform() != Platform.KUBERNETES ? SiteTarget.local() : SiteTarget.kubeContext(t));
        }
        if (namespace != null && !namespace.isBlank()) {
            changed = changed.withNamespace(namespace.trim());
        }
        NetworkSite result = changed;
        if (!result.equals(site)) {
            document.apply(new Edit("Set target of " + site.name(), net -> net.updateSite(siteId, s -> result)));
        }
    }

    private TabPane tabs() {
        ListView<PreflightFinding> findings = new ListView<>(controller.findings());
        findings.setId("apply-findings");
        findings.setPlaceholder(new Label("No findings yet: press Check & Plan."));
        findings.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PreflightFinding f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll("finding-error", "finding-warning");
                if (empty || f == null) {
                    setText(null);
                    return;
                }
                setText((f.siteId() == null ? "" : "site " + ApplyController.siteName(controller.plannedNetwork(),
                        f.siteId()) + "  ") + f.severity().name().toLowerCase() + " [" + f.check() + "]  "
                        + f.message());
                getStyleClass().add(f.isError() ? "finding-error" : "finding-warning");
            }
        });
        TextArea plan = new TextArea();
        plan.setId("apply-plan-text");
        plan.setEditable(false);
        plan.getStyleClass().add("monospace");
        plan.textProperty().bind(controller.planTextProperty());
        ListView<StepRow> steps = new ListView<>(controller.steps());
        steps.setId("apply-steps");
        steps.setCellFactory(v -> new StepCell());
        TextArea log = new TextArea();
        log.setId("apply-log");
        log.setEditable(false);
        log.getStyleClass().add("monospace");
        controller.log().addListener((ListChangeListener<String>) c -> log.setText(String.join("\n",
                controller.log())));
        Tab resources = new Tab("Resources", new ResourceMarksTable(controller, document::network));
        resources.setId("apply-resources-tab");
        tabs.getTabs().addAll(new Tab("Preflight", findings), new Tab("Plan and diff", plan),
                new Tab("Progress", steps), resources, new Tab("Log", log));
        controller.marks().addListener((ListChangeListener<ResourceMark>) c -> {
            if (!controller.marks().isEmpty()) {
                tabs.getSelectionModel().select(resources);
            }
        });
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private VBox bottom() {
        ProgressBar bar = new ProgressBar();
        bar.setId("apply-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(Bindings.when(controller.phaseProperty().isEqualTo(ApplyController.Phase
                .PLANNING)).then(-1.0).otherwise(controller.progressProperty()));
        Label summary = new Label();
        summary.setId("apply-summary");
        summary.textProperty().bind(controller.summaryProperty());
        summary.setWrapText(true);
        CheckBox prune = new CheckBox("Prune");
        prune.setTooltip(new javafx.scene.control.Tooltip("Also delete what the designer applied before and the design no longer has"));
        prune.setId("apply-prune");
        Button check = new Button("Check & Plan");
        check.setId("apply-plan");
        check.setOnAction(e -> controller.plan(document.network(), false, prune.isSelected()));
        Button dry = new Button("Dry Run");
        dry.setId("apply-dry-run");
        dry.setOnAction(e -> controller.plan(document.network(), true, prune.isSelected()));
        Button apply = new Button("Apply");
        apply.setId("apply-run");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(controller.phaseProperty().isNotEqualTo(ApplyController.Phase.PLANNED)
                .or(controller.executableProperty().not()));
        Button cancel = new Button("Cancel and Roll Back");
        cancel.setId("apply-cancel");
        cancel.disableProperty().bind(controller.phaseProperty().isNotEqualTo(ApplyController.Phase.APPLYING));
        cancel.setOnAction(e -> controller.cancel());
        Button compare = new Button("Compare with Live");
        compare.setId("apply-compare");
        compare.setOnAction(e -> controller.compare(document.network()));
        Button clear = new Button("Clear Canvas Marks");
        clear.setId("apply-clear-marks");
        clear.setTooltip(new javafx.scene.control.Tooltip("Take the status and drift marks off the canvas"));
        clear.setOnAction(e -> controller.clearMarks());
        Button close = new Button("Close");
        close.setOnAction(e -> stage.hide());
        for (Button b : new Button[] {check, dry, compare, apply, cancel, clear, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        for (Button b : new Button[] {check, dry, compare}) {
            b.disableProperty().bind(controller.phaseProperty().isEqualTo(ApplyController.Phase.APPLYING)
                    .or(controller.phaseProperty().isEqualTo(ApplyController.Phase.PLANNING)));
        }
        apply.setOnAction(e -> controller.apply());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, prune, clear, spacer, compare, check, dry, apply, cancel, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(8, bar, summary, buttons);
        bottom.setPadding(new Insets(10, 0, 0, 0));
        return bottom;
    }

    /** A step: number, site, description, status and its latest message. */
    private final class StepCell extends ListCell<StepRow> {
        @Override
        protected void updateItem(StepRow row, boolean empty) {
            super.updateItem(row, empty);
            textProperty().unbind();
            getStyleClass().removeAll("step-done", "step-failed", "step-running");
            if (empty || row == null) {
                setText(null);
                return;
            }
            textProperty().bind(Bindings.createStringBinding(() -> symbol(row.status()) + "  "
                    + row.step().number() + ". " + row.step().description()
                    + (row.messageProperty().get().isEmpty() ? "" : "   — " + row.messageProperty().get()),
                    row.statusProperty(), row.messageProperty()));
            row.statusProperty().addListener(o -> restyle(row));
            restyle(row);
        }

        private void restyle(StepRow row) {
            if (getItem() != row) {
                return;
            }
            getStyleClass().removeAll("step-done", "step-failed", "step-running");
            switch (row.status()) {
                case DONE:
                    getStyleClass().add("step-done");
                    break;
                case FAILED:
                case ROLLED_BACK:
                    getStyleClass().add("step-failed");
                    break;
                case RUNNING:
                    getStyleClass().add("step-running");
                    break;
                default:
                    break;
            }
        }
    }

    private static String symbol(StepRow.Status status) {
        switch (status) {
            case RUNNING:
                return "▶";
            case DONE:
                return "✔";
            case FAILED:
                return "✖";
            case ROLLED_BACK:
                return "↺";
            default:
                return "○";
        }
    }
}
