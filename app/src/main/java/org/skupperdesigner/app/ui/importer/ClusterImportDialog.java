package org.skupperdesigner.app.ui.importer;

import java.nio.file.Path;
import java.util.function.Predicate;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.model.load.LoadedNetwork;

/**
 * File > Import from Cluster: a kubeconfig, its contexts (tick the ones to read) with the namespaces per context,
 * a name for the new design, and the notes of the last read. State lives in {@link ClusterImportController}; this
 * class only lays it out. The dialog closes once the design is opened.
 */
public final class ClusterImportDialog {

    private final ClusterImportController controller;
    private final Stage stage = new Stage();
    private final GridPane rows = new GridPane();

    /** @param open opens the imported design after asking about unsaved work; false when the user declined */
    public ClusterImportDialog(Window owner, UiExecutors executors, Predicate<LoadedNetwork> open) {
        this.controller = new ClusterImportController(executors, loaded -> {
            boolean opened = open.test(loaded);
            if (opened) {
                stage.hide();
            }
            return opened;
        });
        stage.initOwner(owner);
        stage.setTitle("Import from Cluster");
        BorderPane root = new BorderPane();
        root.setId("import-cluster-dialog");
        root.setPadding(new Insets(14));
        root.setTop(top());
        root.setCenter(center());
        root.setBottom(bottom());
        Scene scene = new Scene(root, 860, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        controller.contexts().addListener((ListChangeListener<ContextChoice>) c -> rebuildRows());
    }

    public void show() {
        if (!stage.isShowing() && controller.contexts().isEmpty()) {
            controller.loadContexts();
        }
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public ClusterImportController controller() {
        return controller;
    }

    private VBox top() {
        Label title = new Label("Read a live network into a new design");
        title.getStyleClass().add("title-3");
        Label explain = new Label("Skupper resources are read from each chosen context and namespace; Secrets stay "
                + "in the cluster. The design opens unsaved.");
        explain.getStyleClass().add("text-muted");
        explain.setWrapText(true);
        TextField kubeconfig = new TextField();
        kubeconfig.setId("import-kubeconfig");
        kubeconfig.setPromptText("KUBECONFIG or ~/.kube/config");
        kubeconfig.setText(controller.kubeconfigProperty().get() == null ? ""
                : controller.kubeconfigProperty().get().toString());
        controller.kubeconfigProperty().addListener((o, was, now) -> {
            String text = now == null ? "" : now.toString();
            if (!text.equals(kubeconfig.getText())) {
                kubeconfig.setText(text);
            }
        });
        Runnable reload = () -> {
            controller.kubeconfigProperty().set(kubeconfig.getText().isBlank() ? null
                    : Path.of(kubeconfig.getText().trim()));
            controller.loadContexts();
        };
        kubeconfig.setOnAction(e -> reload.run());
        HBox.setHgrow(kubeconfig, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a kubeconfig");
            java.io.File chosen = chooser.showOpenDialog(stage);
            if (chosen != null) {
                kubeconfig.setText(chosen.getPath());
                reload.run();
            }
        });
        Button load = new Button("Load Contexts");
        load.setId("import-load");
        load.setOnAction(e -> reload.run());
        for (Button b : new Button[] {browse, load}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox config = new HBox(8, new Label("Kubeconfig"), kubeconfig, browse, load);
        config.setAlignment(Pos.CENTER_LEFT);
        TextField name = new TextField();
        name.setId("import-network-name");
        name.textProperty().bindBidirectional(controller.networkNameProperty());
        name.setPrefColumnCount(18);
        HBox nameRow = new HBox(8, new Label("Network name"), name);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(10, title, explain, config, nameRow);
        top.setPadding(new Insets(0, 0, 10, 0));
        return top;
    }

    private VBox center() {
        rows.setId("import-contexts");
        rows.setHgap(12);
        rows.setVgap(6);
        rows.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(200);
        ListView<String> problems = new ListView<>(controller.problems());
        problems.setId("import-problems");
        problems.setPlaceholder(new Label("Notes of the import appear here."));
        problems.setPrefHeight(120);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label notes = new Label("Notes");
        notes.getStyleClass().add("text-muted");
        return new VBox(8, scroll, notes, problems);
    }

    private void rebuildRows() {
        rows.getChildren().clear();
        rows.addRow(0, header("Context"), header("Namespaces (comma separated; blank = every namespace with a Site)"),
                header("Found"));
        int row = 1;
        for (ContextChoice choice : controller.contexts()) {
            CheckBox use = new CheckBox(choice.context());
            use.setId("import-use-" + choice.context());
            use.selectedProperty().bindBidirectional(choice.selectedProperty());
            ComboBox<String> namespaces = new ComboBox<>(choice.foundNamespaces());
            namespaces.setId("import-namespaces-" + choice.context());
            namespaces.setEditable(true);
            namespaces.setPrefWidth(300);
            namespaces.getEditor().textProperty().bindBidirectional(choice.namespacesProperty());
            namespaces.disableProperty().bind(choice.selectedProperty().not());
            Label hint = new Label();
            hint.textProperty().bind(choice.hintProperty());
            hint.getStyleClass().add("text-muted");
            hint.setWrapText(true);
            rows.addRow(row++, use, namespaces, hint);
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private VBox bottom() {
        Label message = new Label();
        message.setId("import-message");
        message.setWrapText(true);
        message.textProperty().bind(controller.messageProperty());
        controller.failedProperty().addListener((o, was, now) -> {
            message.getStyleClass().remove("danger");
            if (now) {
                message.getStyleClass().add("danger");
            }
        });
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(controller.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Button importButton = new Button("Import as New Design");
        importButton.setId("import-run");
        importButton.getStyleClass().add("accent");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(controller.busyProperty());
        importButton.setOnAction(e -> controller.importSelected());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        for (Button b : new Button[] {importButton, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(8, spinner, message, importButton, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(10, 0, 0, 0));
        return new VBox(buttons);
    }
}
