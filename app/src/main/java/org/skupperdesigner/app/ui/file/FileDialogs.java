package org.skupperdesigner.app.ui.file;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/**
 * The file and folder choosers the designer asks, behind an interface because native choosers cannot be driven by
 * a headless test: the application uses {@link NativeFileDialogs}, tests a scripted implementation.
 */
public interface FileDialogs {

    /** An existing file to open; empty when the user cancelled. */
    Optional<Path> chooseOpen(Window owner, FileRequest request);

    /** A file to write, as typed (callers add a missing suffix); empty when the user cancelled. */
    Optional<Path> chooseSave(Window owner, FileRequest request);

    /** A folder; empty when the user cancelled. */
    Optional<Path> chooseFolder(Window owner, String title, Path initialDir);
}
