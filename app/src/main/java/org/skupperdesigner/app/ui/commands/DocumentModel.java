package org.skupperdesigner.app.ui.commands;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.skupperdesigner.model.network.Network;

/**
 * The open document: the current network snapshot, its file, whether it differs from what was saved, and its edit
 * history. Every change goes through {@link #apply(Edit)}, {@link #undo()} or {@link #redo()} on the FX thread; a
 * reentrancy guard refuses an edit issued from a listener reacting to another edit (Scene Builder's job rule).
 */
public final class DocumentModel {

    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");
    private final EditHistory history = new EditHistory(500);
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    /** Counts the documents shown: a new one replaces the current (new, open, import, recovery), edits do not. */
    private final ReadOnlyIntegerWrapper documentNumber = new ReadOnlyIntegerWrapper(this, "documentNumber");
    /** Who holds the document locked: the lock is released when the last of them lets go. */
    private final java.util.Set<Lock> locks = new java.util.LinkedHashSet<>();
    private Network saved;
    private boolean recovered;
    private boolean applying;

    public DocumentModel(Network initial, Path initialFile) {
        replaceDocument(initial, initialFile);
    }

    /**
     * While true (a simulation runs, or the window's first design is still being read), edits, undo and redo are
     * refused: {@link #apply} returns false. Opening or recovering a document is not an edit and still works.
     */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /**
     * Locks the document until the returned lock is released. Several holders may lock it at once (a simulation
     * started while the first design is still being read): it is unlocked only when every one has released.
     */
    public Lock lock(String reason) {
        Lock lock = new Lock(reason);
        locks.add(lock);
        locked.set(true);
        return lock;
    }

    /** One holder's lock on the document; {@link #release()} more than once is harmless. */
    public final class Lock {
        private final String reason;

        private Lock(String reason) {
            this.reason = reason;
        }

        public void release() {
            locks.remove(this);
            locked.set(!locks.isEmpty());
        }

        @Override
        public String toString() {
            return "locked for " + reason;
        }
    }

    /** Applies one edit as one undo step. Returns false when it changed nothing or the document is locked. */
    public boolean apply(Edit edit) {
        if (locked.get()) {
            return false;
        }
        if (applying) {
            throw new IllegalStateException("edit '" + edit.label() + "' issued while another edit is being applied");
        }
        applying = true;
        try {
            Network before = network.get();
            Network after = Objects.requireNonNull(edit.change().apply(before), "an edit returned null");
            if (after.equals(before)) {
                return false;
            }
            history.record(edit.label(), before);
            show(after);
            return true;
        } finally {
            applying = false;
        }
    }

    /**
     * Replaces the design's simulation-only section (workloads, traffic) as one undo step. Unlike {@link #apply} it
     * works while the document is locked: run mode locks the network, not the simulation settings a user tunes while
     * it runs (ADR 0455). Nothing but {@code Network.simulation()} changes. Returns false when it changed nothing.
     */
    public boolean applySimulationSettings(String label, java.util.Map<String, Object> section) {
        if (applying) {
            throw new IllegalStateException("edit '" + label + "' issued while another edit is being applied");
        }
        applying = true;
        try {
            Network before = network.get();
            Network after = before.withSimulation(section);
            if (after.equals(before)) {
                return false;
            }
            history.record(label, before);
            show(after);
            return true;
        } finally {
            applying = false;
        }
    }

    public boolean undo() {
        return !locked.get() && step(history.undo(network.get()));
    }

    public boolean redo() {
        return !locked.get() && step(history.redo(network.get()));
    }

    private boolean step(Optional<Network> target) {
        if (applying || target.isEmpty()) {
            return false;
        }
        applying = true;
        try {
            show(target.get());
            return true;
        } finally {
            applying = false;
        }
    }

    /** A new, opened or recovered document: history starts afresh and it counts as saved when it has a file. */
    public void replaceDocument(Network replacement, Path newFile) {
        history.clear();
        recovered = false;
        saved = newFile == null ? null : replacement;
        file.set(newFile);
        show(replacement);
        documentNumber.set(documentNumber.get() + 1);
    }

    /** A design recovered from an autosave: unsaved by definition, belonging to {@code originalFile} if known. */
    public void recover(Network recoveredNetwork, Path originalFile) {
        history.clear();
        saved = null;
        recovered = true;
        file.set(originalFile);
        show(recoveredNetwork);
        documentNumber.set(documentNumber.get() + 1);
    }

    /**
     * Changes when another document replaces the current one (new, open, import, recovery), never on an edit: what
     * was running on the previous document (a simulation) stops.
     */
    public ReadOnlyIntegerProperty documentNumberProperty() {
        return documentNumber.getReadOnlyProperty();
    }

    /**
     * A design read from something that is not a design file (a Skupper YAML folder, a live cluster): nothing holds
     * its layout yet, so it is unsaved until saved, and closing the window asks first.
     */
    public void importDocument(Network imported) {
        recover(imported, null);
    }

    /** Call after a successful save of the current snapshot to {@code savedTo}. */
    public void markSaved(Path savedTo) {
        saved = network.get();
        recovered = false;
        file.set(savedTo);
        refreshFlags();
    }

    private void show(Network next) {
        network.set(next);
        refreshFlags();
    }

    private void refreshFlags() {
        dirty.set(recovered || (saved == null ? history.undoLabel().isPresent() : !saved.equals(network.get())));
        canUndo.set(history.undoLabel().isPresent());
        canRedo.set(history.redoLabel().isPresent());
        undoLabel.set(history.undoLabel().orElse(""));
        redoLabel.set(history.redoLabel().orElse(""));
    }

    public Network network() {
        return network.get();
    }

    public ReadOnlyObjectProperty<Network> networkProperty() {
        return network.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
