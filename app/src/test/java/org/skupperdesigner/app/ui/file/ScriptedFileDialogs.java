package org.skupperdesigner.app.ui.file;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.stage.Window;

/**
 * File dialogs answered from a script, for headless tests: each question takes the next answer (a path, or a
 * cancel). The titles asked are recorded; a question with no answer left is recorded as unexpected and cancelled.
 */
public final class ScriptedFileDialogs implements FileDialogs {

    private final Deque<Optional<Path>> answers = new ArrayDeque<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final List<FileRequest> requests = new CopyOnWriteArrayList<>();

    public synchronized ScriptedFileDialogs answer(Path path) {
        answers.add(Optional.of(path));
        return this;
    }

    public synchronized ScriptedFileDialogs cancel() {
        answers.add(Optional.empty());
        return this;
    }

    /** Titles of the dialogs shown so far, in order. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    /** Dialogs shown when the script had no answer left. */
    public List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    public List<FileRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public Optional<Path> chooseOpen(Window owner, FileRequest request) {
        requests.add(request);
        return next(request.title());
    }

    @Override
    public Optional<Path> chooseSave(Window owner, FileRequest request) {
        requests.add(request);
        return next(request.title());
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title, Path initialDir) {
        return next(title);
    }

    private synchronized Optional<Path> next(String title) {
        asked.add(title);
        if (answers.isEmpty()) {
            unexpected.add(title);
            return Optional.empty();
        }
        return answers.poll();
    }
}
