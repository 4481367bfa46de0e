package org.skupperdesigner.app.ui.file;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own file and folder choosers (JavaFX {@link FileChooser} and {@link DirectoryChooser}). */
public final class NativeFileDialogs implements FileDialogs {

    @Override
    public Optional<Path> chooseOpen(Window owner, FileRequest request) {
        return Optional.ofNullable(chooser(request).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(Window owner, FileRequest request) {
        return Optional.ofNullable(chooser(request).showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title, Path initialDir) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        existingDir(initialDir).ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(request.filterDescription(),
                request.patterns()));
        existingDir(request.initialDir()).ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        if (request.initialName() != null) {
            chooser.setInitialFileName(request.initialName());
        }
        return chooser;
    }

    /** FileChooser throws on a folder that does not exist (a moved design's folder, say). */
    private static Optional<Path> existingDir(Path dir) {
        return dir != null && Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
}
