package org.skupperdesigner.model.archfixture;

import org.skupperdesigner.app.cli.SkupperDesignerCommand;

/** Test fixture: a "model" class reaching into the app, to prove the dependency rule catches it. */
public final class ModelClassThatBreaksTheRule {
    public Object reachIntoTheApp() {
        // a real call (not a constant, which javac would inline) so the class file records the dependency
        return SkupperDesignerCommand.commandLine();
    }
}
