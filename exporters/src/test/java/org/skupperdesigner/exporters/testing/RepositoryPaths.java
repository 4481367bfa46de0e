package org.skupperdesigner.exporters.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository (and the shared reference beside it) is, as passed by surefire. */
public final class RepositoryPaths {

    private RepositoryPaths() {
    }

    public static Path root() {
        String configured = System.getProperty("skupperdesigner.repoRoot");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    public static Path crds() {
        Path crds = root().resolve("../shared/reference/skupper-crds").normalize();
        if (!Files.isDirectory(crds)) {
            throw new IllegalStateException("Skupper CRDs not found at " + crds);
        }
        return crds;
    }

    public static Path examples() {
        return root().resolve("examples");
    }
}
