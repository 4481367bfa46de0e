package org.skupperdesigner.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary folders for windows built in tests, benches and screenshot programs (a designer home, a place to save
 * designs), deleted with everything in them when the JVM exits. They are made in {@code @Start} methods and static
 * helpers where JUnit's {@code @TempDir} cannot reach, and without this every test run left a hundred folders in
 * the system's temporary directory.
 */
public final class ScratchDirectories {

    private static final List<Path> MADE = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ScratchDirectories::deleteAll, "scratch-cleanup"));
    }

    private ScratchDirectories() {
    }

    /** A new empty folder named {@code prefix…}, gone when the JVM exits. */
    public static Path create(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            synchronized (MADE) {
                MADE.add(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every folder made so far (a failure on one file does not stop the rest: it is only clean-up). */
    static void deleteAll() {
        List<Path> dirs;
        synchronized (MADE) {
            dirs = List.copyOf(MADE);
            MADE.clear();
        }
        for (Path dir : dirs) {
            try (Stream<Path> tree = Files.walk(dir)) {
                tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // already gone, or unreadable: nothing more a shutdown hook can do
            }
        }
    }
}
