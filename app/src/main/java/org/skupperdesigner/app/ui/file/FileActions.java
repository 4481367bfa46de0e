package org.skupperdesigner.app.ui.file;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.design.DesignFormat;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Network;

/**
 * New, open, import, save and save-as, with a confirmation before unsaved work would be lost. Reading runs in the
 * background; the document is replaced on the FX thread.
 */
public final class FileActions {

    private static final FileChooser.ExtensionFilter DESIGNS = new FileChooser.ExtensionFilter(
            "Skupper designs", "*" + DesignFormat.FILE_SUFFIX, "*.yaml", "*.yml");

    private final DesignerContext context;
    private final RecentFiles recent;
    private final DesignFiles files = new DesignFiles();
    private final Window owner;

    public FileActions(DesignerContext context, RecentFiles recent, Window owner) {
        this.context = context;
        this.recent = recent;
        this.owner = owner;
    }

    public void newDesign() {
        if (confirmDiscard()) {
            context.selection().clear();
            context.problems().setLoadProblems(List.of());
            context.document().replaceDocument(Network.empty("untitled"), null);
        }
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open design");
        java.io.File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            openPath(chosen.toPath());
        }
    }

    /** Opens a design file (or imports Skupper YAML) without asking; callers confirm first. */
    public void openPath(Path path) {
        context.executors().submit(() -> NetworkLoader.load(List.of(path)), loaded -> show(loaded,
                NetworkLoader.isDesignFile(path) ? path : null, path));
    }

    public void openRecent(Path path) {
        if (confirmDiscard()) {
            openPath(path);
        }
    }

    public void importFolder() {
        if (!confirmDiscard()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of Skupper YAML");
        java.io.File dir = chooser.showDialog(owner);
        if (dir != null) {
            openPath(dir.toPath());
        }
    }

    private void show(LoadedNetwork loaded, Path designFile, Path source) {
        context.selection().clear();
        context.document().replaceDocument(loaded.network(), designFile);
        context.problems().setLoadProblems(loaded.diagnostics());
        if (designFile != null) {
            recent.add(designFile);
        }
        org.slf4j.LoggerFactory.getLogger(FileActions.class).info("opened {} ({} sites)", source,
                loaded.network().sites().size());
    }

    public boolean save() {
        Path file = context.document().file();
        return file == null ? saveAs() : saveTo(file);
    }

    public boolean saveAs() {
        FileChooser chooser = chooser("Save design");
        chooser.setInitialFileName(context.document().network().name() + DesignFormat.FILE_SUFFIX);
        java.io.File chosen = chooser.showSaveDialog(owner);
        return chosen != null && saveTo(chosen.toPath());
    }

    /** Saves atomically (with a .bak of the previous version); reports failure in a dialog. */
    public boolean saveTo(Path file) {
        try {
            files.save(context.document().network(), file);
            context.document().markSaved(file);
            recent.add(file);
            return true;
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Could not save " + file + ":\n" + e.getMessage());
            alert.initOwner(owner);
            alert.showAndWait();
            return false;
        }
    }

    /** True when it is fine to replace the open design: it is saved, or the user saved or discarded it. */
    public boolean confirmDiscard() {
        if (!context.document().isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + context.document().network().name() + "?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        alert.initOwner(owner);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() == discard || save();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(DESIGNS);
        Path current = context.document().file();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }
}
