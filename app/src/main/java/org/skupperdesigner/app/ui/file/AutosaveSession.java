package org.skupperdesigner.app.ui.file;

import java.nio.file.Path;
import java.util.stream.Collectors;

import javafx.stage.Window;
import javafx.util.Duration;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.load.LoadedNetwork;

/**
 * A window's autosave from start to clean exit: offers to recover what a crashed session left behind, then writes
 * recovery copies every interval, and removes the copy when the window closes with nothing unsaved or the user chose
 * not to save it. The application and the tests start windows through this class, so a test of recovery tests what
 * users get.
 */
public final class AutosaveSession implements AutoCloseable {

    /** How often the application writes a recovery copy of unsaved changes. */
    public static final Duration DEFAULT_INTERVAL = Duration.seconds(30);

    private final DesignerContext context;
    private final Autosave autosave;

    private AutosaveSession(DesignerContext context, Autosave autosave) {
        this.context = context;
        this.autosave = autosave;
    }

    /** Offers recovery of a crashed session's work (a modal prompt), then starts the timer. FX thread. */
    public static AutosaveSession start(DesignerContext context, Window owner, Duration interval) {
        AutosaveSession session = new AutosaveSession(context,
                new Autosave(context.document(), context.home().autosaveDir(), interval));
        session.offerRecovery(owner);
        session.autosave.start();
        return session;
    }

    public Autosave autosave() {
        return autosave;
    }

    private void offerRecovery(Window owner) {
        autosave.pendingRecovery().ifPresent(file -> {
            if (!context.prompts().offerRecovery(owner, file)) {
                autosave.discard();
                return;
            }
            LoadedNetwork loaded = new DesignFiles().open(file);
            if (loaded.hasErrors() && loaded.network().sites().isEmpty()) {
                // never overwrite the only copy of someone's work with an empty design: keep it for a human to read
                Path kept = autosave.setAside();
                context.prompts().error(owner, "Cannot recover the autosaved design", loaded.diagnostics().stream()
                        .filter(Diagnostic::isError).limit(5).map(Diagnostic::format)
                        .collect(Collectors.joining("\n")) + "\n\nThe autosaved copy was kept as " + kept
                        + "; open it in a text editor to copy what you need.");
                return;
            }
            context.selection().clear();
            context.document().recover(loaded.network(), autosave.recoveryOrigin().orElse(null));
            context.problems().setLoadProblems(loaded.diagnostics());
        });
    }

    /**
     * Stops writing, keeping unsaved work: it is written now (not at the next tick), for the next start to offer
     * back; a design with nothing unsaved needs no recovery copy.
     */
    @Override
    public void close() {
        autosave.saveNow();
        autosave.close();
        if (!context.document().isDirty()) {
            autosave.discard();
        }
    }

    /** Stops writing after the user chose not to save: the next start offers nothing back. */
    public void closeDiscardingUnsavedWork() {
        autosave.close();
        autosave.discard();
    }
}
