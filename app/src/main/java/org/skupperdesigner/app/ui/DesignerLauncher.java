package org.skupperdesigner.app.ui;

import javafx.application.Application;

/**
 * Starts the designer window. Not an {@link Application} itself, so JavaFX runs from the class path without the
 * module-path launcher check; the command line never loads this class.
 */
public final class DesignerLauncher {

    private DesignerLauncher() {
    }

    public static void launch(String... args) {
        Application.launch(DesignerApplication.class, args);
    }
}
