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

    /** How many designs the list keeps. */
    public static final int MAX = 10;

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Path store) {
        this.store = store;
        try {
            if (Files.isRegularFile(store)) {
                Files.readAllLines(store, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                        .map(RecentFiles::parse).filter(p -> p != null && !files.contains(p)).limit(MAX)
                        .forEach(files::add);
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(RecentFiles.class).warn("cannot read {}", store, e);
        }
    }

    /** A line of the store as a path, or null when it is not one (a hand-edited or damaged store). */
    private static Path parse(String line) {
        try {
            return Path.of(line.trim()).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
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

    /** Takes a design off the list (it was moved or deleted). */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            save();
        }
    }

    /** The menu label: the file name, and the folder it is in so two designs of the same name stay apart. */
    public static String label(Path file) {
        Path parent = file.getParent();
        String folder = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        return file.getFileName() + (folder.isEmpty() ? "" : "  —  " + folder);
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
