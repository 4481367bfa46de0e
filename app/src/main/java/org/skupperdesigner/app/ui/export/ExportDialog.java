package org.skupperdesigner.app.ui.export;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.exporters.plain.PlainYamlExporter;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;

/** Asks where to write per-site Skupper YAML, shows what will be written, writes it and reports the files. */
public final class ExportDialog {

    public void show(Window owner, Network network, Path suggestedDir) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export Skupper YAML");
        dialog.setHeaderText("One folder per site with its skupper.io/v2alpha1 resources,\n"
                + "ready for kubectl apply -f or skupper system apply -f.");
        dialog.setGraphic(Icons.of(Feather.UPLOAD, 28));
        TextField folder = new TextField(suggestedDir.toAbsolutePath().toString());
        folder.setId("export-folder");
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browse = new Button("Browse…", Icons.of(Feather.FOLDER, 14));
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export to");
            java.io.File dir = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (dir != null) {
                folder.setText(dir.getAbsolutePath());
            }
        });
        ListView<String> preview = new ListView<>();
        preview.setPrefHeight(160);
        for (NetworkSite s : network.sites()) {
            preview.getItems().add(s.name() + "/  (" + s.platform().id() + ", " + (s.resources().size())
                    + " resources)");
        }
        VBox content = new VBox(10, new Label("Output folder"), new HBox(8, folder, browse),
                new Label("Sites to export"), preview);
        content.setPadding(new Insets(10, 0, 0, 0));
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == export).ifPresent(b -> write(owner, network, Path.of(folder.getText())));
    }

    private static void write(Window owner, Network network, Path dir) {
        Alert result;
        try {
            List<Path> written = new PlainYamlExporter().export(network, dir);
            result = new Alert(Alert.AlertType.INFORMATION, written.size() + " files written to " + dir);
            result.setHeaderText("Export finished");
        } catch (Exception e) {
            result = new Alert(Alert.AlertType.ERROR, "Export failed: " + e.getMessage());
        }
        result.initOwner(owner);
        result.showAndWait();
    }
}
