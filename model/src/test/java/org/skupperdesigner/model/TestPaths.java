package org.skupperdesigner.model;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations shared by tests: the repository root (for examples/) and golden-file regeneration. */
public final class TestPaths {

    private TestPaths() {
    }

    /** The repository root: the first ancestor of the working directory that holds {@code examples/}. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (no examples/ folder above "
                    + Path.of("").toAbsolutePath() + ")");
        }
        return dir;
    }

    public static Path examples() {
        return repositoryRoot().resolve("examples");
    }

    /** Run the tests with {@code -Dgolden.update=true} to rewrite golden files instead of comparing. */
    public static boolean updateGoldens() {
        return Boolean.getBoolean("golden.update");
    }
}
