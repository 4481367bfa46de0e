package org.skupperdesigner.app.ui.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the window keeps the HTML reports of the scenarios it runs: one folder per run under the designer's home
 * ({@code reports/<date>-<time>-<scenario>/report.html}), the newest {@link #KEPT} of them; older ones are deleted
 * when a new one is made, so reports stay around to be opened again without piling up.
 */
final class ScenarioReports {

    static final int KEPT = 20;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path dir;

    ScenarioReports(Path dir) {
        this.dir = dir;
    }

    /** A new, empty report file's path for {@code scenarioFile}, after pruning the oldest beyond {@link #KEPT}. */
    Path newReport(Path scenarioFile, LocalDateTime now) throws IOException {
        Files.createDirectories(dir);
        prune(KEPT - 1);
        String name = scenarioFile.getFileName().toString().replaceAll("\\.ya?ml$", "")
                .replaceAll("[^A-Za-z0-9._-]", "_");
        return Files.createDirectories(dir.resolve(STAMP.format(now) + "-" + name)).resolve("report.html");
    }

    /** Deletes all but the newest {@code keep} report folders (their names start with the time they were made). */
    void prune(int keep) throws IOException {
        List<Path> folders;
        try (Stream<Path> all = Files.list(dir)) {
            folders = all.filter(Files::isDirectory).sorted(Comparator.comparing(Path::getFileName).reversed())
                    .toList();
        }
        for (Path old : folders.subList(Math.min(keep, folders.size()), folders.size())) {
            try (Stream<Path> tree = Files.walk(old)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
