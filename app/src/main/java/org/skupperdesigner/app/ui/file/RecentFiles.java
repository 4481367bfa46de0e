package org.skupperdesigner.app.ui.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The last few opened or saved designs, most recent first, kept in a plain text file. */
public final class RecentFiles {

    private static final int MAX = 10;

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Path store) {
        this.store = store;
        try {
            if (Files.isRegularFile(store)) {
                Files.readAllLines(store, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                        .map(Path::of).limit(MAX).forEach(files::add);
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(RecentFiles.class).warn("cannot read {}", store, e);
        }
    }

    public ObservableList<Path> files() {
        return files;
    }

    public void add(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        files.remove(normalized);
        files.add(0, normalized);
        while (files.size() > MAX) {
            files.remove(files.size() - 1);
        }
        save();
    }

    private void save() {
        try {
            Files.createDirectories(store.getParent());
            List<String> lines = new ArrayList<>();
            files.forEach(p -> lines.add(p.toString()));
            Files.write(store, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(RecentFiles.class).warn("cannot write {}", store, e);
        }
    }
}
