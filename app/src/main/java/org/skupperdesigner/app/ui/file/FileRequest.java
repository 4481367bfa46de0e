package org.skupperdesigner.app.ui.file;

import java.nio.file.Path;
import java.util.List;

/**
 * What a file chooser should offer: a title, one filter, where to start and a suggested name.
 *
 * @param suffix      appended to a chosen name that matches none of the patterns (GTK's save dialog adds none)
 * @param initialDir  null for the platform's default
 * @param initialName null for none
 */
public record FileRequest(String title, String filterDescription, List<String> patterns, String suffix,
                          Path initialDir, String initialName) {

    public FileRequest {
        patterns = List.copyOf(patterns);
    }

    /** {@code chosen}, with {@link #suffix()} added when the user typed a name without a matching one. */
    public Path withSuffix(Path chosen) {
        String name = chosen.getFileName().toString();
        boolean matches = patterns.stream().map(p -> p.startsWith("*") ? p.substring(1) : p)
                .anyMatch(name::endsWith);
        return matches || suffix == null ? chosen : chosen.resolveSibling(name + suffix);
    }
}
