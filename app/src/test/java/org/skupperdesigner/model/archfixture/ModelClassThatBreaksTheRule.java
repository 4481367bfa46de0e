package org.skupperdesigner.model.archfixture;

import org.skupperdesigner.app.cli.SkupperDesignerCommand;

/** Test fixture: a "model" class reaching into the app, to prove the dependency rule catches it. */
public final class ModelClassThatBreaksTheRule {
    public int exitCode() {
        return SkupperDesignerCommand.EXIT_USAGE;
    }
}
