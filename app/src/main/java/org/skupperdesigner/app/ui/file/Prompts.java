package org.skupperdesigner.app.ui.file;

import java.nio.file.Path;

import javafx.stage.Window;

/**
 * The questions and messages the designer shows in modal dialogs, behind an interface so tests can answer them
 * without a screen: the application uses {@link AlertPrompts}, tests a scripted implementation.
 */
public interface Prompts {

    /** Before unsaved changes to {@code designName} would be lost. */
    UnsavedChoice confirmUnsaved(Window owner, String designName);

    /** At start-up, when {@code recoveryFile} was left by a session that did not close cleanly: true to recover. */
    boolean offerRecovery(Window owner, Path recoveryFile);

    /** Before files from an earlier run would be overwritten: true to replace them, false to go back. */
    boolean confirmReplace(Window owner, String header, String text);

    void info(Window owner, String header, String text);

    void error(Window owner, String header, String text);
}
