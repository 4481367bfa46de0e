package org.skupperdesigner.exporters.bundle;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What {@code export} writes. */
public enum ExportFormat {
    /** Per-site folders: one file per resource, a combined file, kustomization.yaml, pending tokens. */
    FOLDERS,
    /** One multi-document YAML file per site. */
    YAML,
    /** A shell script of {@code skupper} CLI commands that recreates the network. */
    CLI;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> ofId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
    }
}
