package org.skupperdesigner.app.ui.export;

import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.exporters.bundle.BundleExporter;
import org.skupperdesigner.exporters.bundle.ExportFormat;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;

/**
 * Asks where and in which format to write Skupper YAML, shows what will be written, then writes it in the
 * background and reports the files (or why nothing was written).
 */
public final class ExportDialog {

    public static final String FOLDER_ID = "export-folder";
    public static final String BROWSE_ID = "export-browse";
    public static final String FORMAT_ID = "export-format";
    public static final String FILES_ID = "export-files";
    public static final String EXPORT_ID = "export-run";

    private final DesignerContext context;

    public ExportDialog(DesignerContext context) {
        this.context = context;
    }

    /** Shows the dialog (modal) and, on Export, writes {@code network}. */
    public void show(Window owner, Network network, Path designFile, Path suggestedDir) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export Skupper YAML");
        dialog.setHeaderText("Write the design as skupper.io/v2alpha1 resources, ready for\n"
                + "kubectl apply or skupper system apply.");
        dialog.setGraphic(Icons.of(Feather.UPLOAD, 28));

        TextField folder = new TextField(suggestedDir.toAbsolutePath().normalize().toString());
        folder.setId(FOLDER_ID);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browse = new Button("Browse…", Icons.of(Feather.FOLDER, 14));
        browse.setId(BROWSE_ID);
        browse.setMinWidth(Button.USE_PREF_SIZE);
        browse.setOnAction(e -> context.fileDialogs().chooseFolder(dialog.getDialogPane().getScene().getWindow(),
                "Export to", parentOf(folder.getText())).ifPresent(dir -> folder.setText(dir.toString())));

        ComboBox<ExportFormat> format = new ComboBox<>();
        format.setId(FORMAT_ID);
        format.getItems().addAll(ExportFormat.values());
        format.setValue(ExportFormat.FOLDERS);
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : describe(f);
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        format.setMaxWidth(Double.MAX_VALUE);

        ListView<String> files = new ListView<>();
        files.setId(FILES_ID);
        files.setPrefHeight(150);
        format.valueProperty().addListener((o, was, now) -> files.getItems().setAll(preview(network, now)));
        files.getItems().setAll(preview(network, format.getValue()));

        VBox content = new VBox(6, new Label("Output folder"), new HBox(8, folder, browse), gap(),
                new Label("Format"), format, gap(), new Label("Files to write"), files);
        // the theme gives the header an inset but not the content: line them up
        content.setPadding(new Insets(10, 14, 4, 14));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(export);
        exportButton.setId(EXPORT_ID);
        exportButton.disableProperty().bind(Bindings.createBooleanBinding(() -> folder.getText().isBlank()
                || network.sites().isEmpty(), folder.textProperty()));
        // the folder is checked before the dialog closes: a bad name, or files of an earlier export (perhaps edited
        // by hand) that the user does not want replaced, keep the dialog open with the choices made
        Path[] chosen = new Path[1];
        exportButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Window dialogWindow = dialog.getDialogPane().getScene().getWindow();
            chosen[0] = folderOrExplain(dialogWindow, folder.getText().trim());
            if (chosen[0] == null || !replaceConfirmed(dialogWindow, network, chosen[0], format.getValue())) {
                e.consume();
            }
        });
        dialog.showAndWait().filter(b -> b == export)
                .ifPresent(b -> write(owner, network, chosen[0], format.getValue(), designFile));
    }

    /** The folder named {@code folder}, or null after telling the user why it is not one. */
    private Path folderOrExplain(Window owner, String folder) {
        try {
            return Path.of(folder);
        } catch (java.nio.file.InvalidPathException e) {
            context.prompts().error(owner, "Not a folder name", "'" + folder + "' is not a folder name: "
                    + e.getReason() + ".\n\nChoose the folder with Browse… and export again.");
            return null;
        }
    }

    private boolean replaceConfirmed(Window owner, Network network, Path dir, ExportFormat format) {
        java.util.List<String> existing = ExportTargets.existingIn(dir, network, format);
        if (existing.isEmpty()) {
            return true;
        }
        String names = existing.stream().limit(6).collect(java.util.stream.Collectors.joining("\n  ", "  ",
                existing.size() > 6 ? "\n  and " + (existing.size() - 6) + " more" : ""));
        return context.prompts().confirmReplace(owner, "Replace the earlier export in " + dir.getFileName() + "?",
                "Already in " + dir.toAbsolutePath().normalize() + ":\n" + names + "\n\nExporting writes the "
                        + "design's version of these, replacing any changes made to them since.");
    }

    private void write(Window owner, Network network, Path dir, ExportFormat format, Path designFile) {
        context.executors().submit(() -> YamlExport.write(network, dir, format, designFile), outcome -> {
            if (outcome.failed()) {
                context.prompts().error(owner, outcome.header(), outcome.text());
            } else {
                context.prompts().info(owner, outcome.header(), outcome.text());
            }
        });
    }

    /** How the format is offered in the dialog. */
    public static String describe(ExportFormat format) {
        return switch (format) {
            case FOLDERS -> "A folder per site (one file per resource, kustomization, README)";
            case YAML -> "One multi-document YAML file per site";
            case CLI -> "A script of skupper CLI commands (" + BundleExporter.CLI_SCRIPT + ")";
        };
    }

    /** What the format writes, site by site, before anything is written. */
    static java.util.List<String> preview(Network network, ExportFormat format) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (format == ExportFormat.CLI) {
            lines.add(BundleExporter.CLI_SCRIPT + "  (" + network.sites().size() + " sites)");
            return lines;
        }
        for (NetworkSite s : network.sites()) {
            lines.add(ExportTargets.forSite(s, format) + "  (" + s.platform().id() + ", " + s.resources().size()
                    + " resources)");
        }
        lines.addAll(ExportTargets.besideSites(format));
        return lines;
    }

    private static Path parentOf(String folder) {
        try {
            Path parent = Path.of(folder).toAbsolutePath().getParent();
            return parent;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static javafx.scene.layout.Region gap() {
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        gap.setMinHeight(4);
        return gap;
    }
}
