package org.skupperdesigner.app.ui;

import javafx.application.Application;

/**
 * Starts the designer window. Not an {@link Application} itself, so JavaFX runs from the class path without the
 * module-path launcher check; the command line never loads this class.
 */
public final class DesignerLauncher {

    private DesignerLauncher() {
    }

    /** Runs the window until it has gone; returns the status the process should exit with. */
    public static int launch(String... args) {
        Application.launch(DesignerApplication.class, args);
        return DesignerApplication.exitStatus();
    }
}
