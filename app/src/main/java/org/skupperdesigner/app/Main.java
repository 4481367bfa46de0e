package org.skupperdesigner.app;

import org.skupperdesigner.app.cli.SkupperDesignerCommand;

/**
 * The entry point of both the command line and the designer window (no arguments, or one design or folder to open).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        var window = WindowArguments.of(args, SkupperDesignerCommand::subcommandNames);
        if (window.isPresent()) {
            // only this branch touches JavaFX: subcommands stay headless
            window.get().ifPresent(design -> System.setProperty(
                    org.skupperdesigner.app.ui.DesignerApplication.OPEN_PROPERTY, design.toString()));
            int status = org.skupperdesigner.app.ui.DesignerLauncher.launch();
            if (status != 0) {
                System.exit(status);
            }
            return;
        }
        System.exit(SkupperDesignerCommand.run(args));
    }
}
