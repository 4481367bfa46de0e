package org.skupperdesigner.app.ui.file;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.stage.Window;

/**
 * Prompts answered from a script, for headless tests. Every prompt shown is recorded; a question with no answer
 * left is recorded as unexpected and answered the safe way (cancel, do not recover).
 */
public final class ScriptedPrompts implements Prompts {

    /** One message or question as the user would have seen it. */
    public record Shown(String kind, String header, String text) {
    }

    private final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    private final Deque<Boolean> recoveryAnswers = new ArrayDeque<>();
    private final Deque<Boolean> replaceAnswers = new ArrayDeque<>();
    private final List<Shown> shown = new CopyOnWriteArrayList<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();

    public synchronized ScriptedPrompts answerUnsaved(UnsavedChoice choice) {
        unsavedAnswers.add(choice);
        return this;
    }

    public synchronized ScriptedPrompts answerRecovery(boolean recover) {
        recoveryAnswers.add(recover);
        return this;
    }

    public synchronized ScriptedPrompts answerReplace(boolean replace) {
        replaceAnswers.add(replace);
        return this;
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }

    public List<Shown> shown(String kind) {
        return shown.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    public List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    @Override
    public synchronized UnsavedChoice confirmUnsaved(Window owner, String designName) {
        shown.add(new Shown("unsaved", designName, ""));
        if (unsavedAnswers.isEmpty()) {
            unexpected.add("unsaved changes to " + designName);
            return UnsavedChoice.CANCEL;
        }
        return unsavedAnswers.poll();
    }

    @Override
    public synchronized boolean offerRecovery(Window owner, Path recoveryFile) {
        shown.add(new Shown("recovery", recoveryFile.toString(), ""));
        if (recoveryAnswers.isEmpty()) {
            unexpected.add("recovery of " + recoveryFile);
            return false;
        }
        return recoveryAnswers.poll();
    }

    @Override
    public synchronized boolean confirmReplace(Window owner, String header, String text) {
        shown.add(new Shown("replace", header, text));
        if (replaceAnswers.isEmpty()) {
            unexpected.add("replace: " + header);
            return false;
        }
        return replaceAnswers.poll();
    }

    @Override
    public void info(Window owner, String header, String text) {
        shown.add(new Shown("info", header, text));
    }

    @Override
    public void error(Window owner, String header, String text) {
        shown.add(new Shown("error", header, text));
    }
}
