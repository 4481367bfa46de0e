package org.skupperdesigner.app;

import org.skupperdesigner.app.cli.SkupperDesignerCommand;

/** The entry point of both the command line and (with no arguments) the designer window. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // only this branch touches JavaFX: subcommands stay headless
            org.skupperdesigner.app.ui.DesignerLauncher.launch();
            return;
        }
        System.exit(SkupperDesignerCommand.run(args));
    }
}
