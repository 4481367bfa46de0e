package org.skupperdesigner.app.ui.commands;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.skupperdesigner.model.network.Network;

/**
 * Undo/redo as snapshots: the model is immutable, so remembering the network before each edit is both the simplest
 * and the most reliable undo (no inverse commands to get wrong).
 */
public final class EditHistory {

    /** A snapshot and the label of the edit that left it. */
    public record Step(String label, Network snapshot) {
    }

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    public EditHistory(int limit) {
        this.limit = limit;
    }

    /** Records the state before an edit; a new edit discards what could have been redone. */
    public void record(String label, Network before) {
        undo.push(new Step(label, before));
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** Steps back: returns the snapshot to show, remembering {@code current} for redo. */
    public Optional<Network> undo(Network current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Step step = undo.pop();
        redo.push(new Step(step.label(), current));
        return Optional.of(step.snapshot());
    }

    public Optional<Network> redo(Network current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Step step = redo.pop();
        undo.push(new Step(step.label(), current));
        return Optional.of(step.snapshot());
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Step::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Step::label);
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
