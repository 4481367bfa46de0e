package org.skupperdesigner.app.ui.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javafx.stage.Window;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.design.DesignFormat;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.IoFailures;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Network;

/**
 * New, open, open recent, import, save and save-as, with a confirmation before unsaved work would be lost. Reading
 * runs in the background; the document is replaced on the FX thread, and only when something could be read: a file
 * that cannot be opened leaves the open design as it was.
 */
public final class FileActions {

    private final DesignerContext context;
    private final RecentFiles recent;
    private final DesignFiles files = new DesignFiles();
    private final Window owner;
    private final Runnable frameOpened;

    /** {@code frameOpened} brings a newly opened design into view (the canvas's fit to content). */
    public FileActions(DesignerContext context, RecentFiles recent, Window owner, Runnable frameOpened) {
        this.context = context;
        this.recent = recent;
        this.owner = owner;
        this.frameOpened = frameOpened;
    }

    public RecentFiles recent() {
        return recent;
    }

    public void newDesign() {
        if (confirmDiscard()) {
            context.selection().clear();
            context.problems().setLoadProblems(List.of());
            context.document().replaceDocument(Network.empty("untitled"), null);
        }
    }

    public void open() {
        if (confirmDiscard()) {
            context.fileDialogs().chooseOpen(owner, designRequest("Open design", null)).ifPresent(this::openPath);
        }
    }

    /** Opens a design file (or imports Skupper YAML) without asking; callers confirm first. */
    public void openPath(Path path) {
        context.executors().submit(() -> read(path), outcome -> show(outcome, path, false,
                "The design you had open is unchanged."));
    }

    /**
     * Starts reading the window's first design before the window is built, so reading and building overlap; hand
     * the result to {@link #openAtStart}.
     */
    public static PendingRead startReading(Path path, java.util.concurrent.Executor background) {
        return new PendingRead(path, java.util.concurrent.CompletableFuture.supplyAsync(() -> read(path), background));
    }

    /** A design being read for a window still being built. */
    public record PendingRead(Path path, java.util.concurrent.CompletionStage<Outcome> outcome) {
    }

    /**
     * Shows the window's first design once read. The document is locked until then, so nothing drawn on the empty
     * canvas meanwhile is silently replaced; {@code then} runs on the FX thread once it is shown (or could not be
     * read). {@code asCopy} opens it without a file, for examples in a read-only folder: saving asks where.
     */
    public void openAtStart(PendingRead pending, boolean asCopy, Runnable then) {
        var reading = context.document().lock("reading " + pending.path().getFileName());
        pending.outcome().whenComplete((outcome, failure) -> UiExecutors.onUi(() -> {
            reading.release();
            show(failure != null ? new Outcome(null, "Unexpected error while reading it: " + failure) : outcome,
                    pending.path(), asCopy, "You are in a new, empty design; use File > Open… to find the file.");
            then.run();
        }));
    }

    /** Opens a design from File > Open Recent; one that was moved or deleted is taken off the list with a message. */
    public void openRecent(Path path) {
        if (!Files.isRegularFile(path)) {
            recent.remove(path);
            context.prompts().error(owner, "Cannot open " + path.getFileName(), path + "\nno longer exists: it was "
                    + "moved, renamed or deleted. It has been removed from Open Recent; use File > Open… to find it.");
            return;
        }
        if (confirmDiscard()) {
            openPath(path);
        }
    }

    public void importFolder() {
        if (confirmDiscard()) {
            context.fileDialogs().chooseFolder(owner, "Import a folder of Skupper YAML", currentDir())
                    .ifPresent(this::openPath);
        }
    }

    /** What reading a path gave: a network, or why nothing could be read. */
    public record Outcome(LoadedNetwork loaded, String failure) {
    }

    private static Outcome read(Path path) {
        if (!Files.exists(path)) {
            return new Outcome(null, path + " does not exist.");
        }
        try {
            LoadedNetwork loaded = NetworkLoader.load(List.of(path));
            if (loaded.hasErrors() && loaded.network().sites().isEmpty()) {
                return new Outcome(null, loaded.diagnostics().stream().filter(Diagnostic::isError).limit(5)
                        .map(Diagnostic::format).collect(Collectors.joining("\n")));
            }
            if (loaded.network().sites().isEmpty() && !NetworkLoader.isDesignFile(path)) {
                // plain YAML with nothing of Skupper's in it: an empty design in place of the open one helps no one
                return new Outcome(null, "No Skupper resources were found in " + path + "."
                        + loaded.diagnostics().stream().limit(5).map(d -> "\n" + d.format())
                        .collect(Collectors.joining()));
            }
            return new Outcome(loaded, null);
        } catch (RuntimeException e) {
            // the loader reports problems as diagnostics; this is a bug, but it must not cost the open design
            org.slf4j.LoggerFactory.getLogger(FileActions.class).error("cannot read {}", path, e);
            return new Outcome(null, "Unexpected error while reading it: " + e);
        }
    }

    /** @param otherwise what the user has instead when it cannot be shown */
    private void show(Outcome outcome, Path source, boolean asCopy, String otherwise) {
        if (outcome.failure() != null) {
            context.prompts().error(owner, "Cannot open " + source.getFileName(), outcome.failure()
                    + "\n\n" + otherwise);
            return;
        }
        LoadedNetwork loaded = outcome.loaded();
        Path designFile = Files.isRegularFile(source) && NetworkLoader.isDesignFile(source) ? source : null;
        context.selection().clear();
        if (designFile != null && asCopy) {
            context.document().replaceDocument(loaded.network(), null);
            designFile = null;
        } else if (designFile != null) {
            context.document().replaceDocument(loaded.network(), designFile);
        } else {
            context.document().importDocument(loaded.network());
        }
        context.problems().setLoaded(loaded);
        frameOpened.run();
        if (designFile != null) {
            recent.add(designFile);
        }
        org.slf4j.LoggerFactory.getLogger(FileActions.class).info("opened {} ({} sites)", source,
                loaded.network().sites().size());
    }

    public boolean save() {
        Path file = context.document().file();
        return file == null ? saveAs() : saveTo(file);
    }

    public boolean saveAs() {
        FileRequest request = designRequest("Save design", context.document().network().name()
                + DesignFormat.FILE_SUFFIX);
        return context.fileDialogs().chooseSave(owner, request).map(request::withSuffix).map(this::saveTo)
                .orElse(false);
    }

    /** Saves atomically (with a .bak of the previous version); reports failure and keeps the design open. */
    public boolean saveTo(Path file) {
        try {
            files.save(context.document().network(), file);
            context.document().markSaved(file);
            context.problems().forgetSources();
            recent.add(file);
            return true;
        } catch (IOException | RuntimeException e) {
            context.prompts().error(owner, "Could not save " + file.getFileName(), IoFailures.describe(e, file)
                    + "\n\nThe design is still open with its changes; save it somewhere else with File > Save As….");
            return false;
        }
    }

    /** True when it is fine to replace the open design: it is saved, or the user saved or discarded it. */
    public boolean confirmDiscard() {
        if (!context.document().isDirty()) {
            return true;
        }
        return switch (context.prompts().confirmUnsaved(owner, context.document().network().name())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private FileRequest designRequest(String title, String initialName) {
        return new FileRequest(title, "Skupper designs", List.of("*" + DesignFormat.FILE_SUFFIX, "*.yaml", "*.yml"),
                DesignFormat.FILE_SUFFIX, currentDir(), initialName);
    }

    /** The folder of the open design, or null. */
    private Path currentDir() {
        Path current = context.document().file();
        return current == null ? null : current.toAbsolutePath().getParent();
    }
}
