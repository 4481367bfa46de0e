package org.skupperdesigner.exporters.bundle;

import java.nio.file.Path;
import java.util.List;

import org.skupperdesigner.model.diagnostic.Diagnostic;

/**
 * What an export did.
 *
 * @param written       files written, in order
 * @param sensitive     the written files that hold private keys (owner-only)
 * @param problems      why something could not be exported; when any is an error nothing was written
 * @param staleFolders  site folders of an earlier export whose site is no longer in the design (left in place)
 */
public record ExportResult(List<Path> written, List<Path> sensitive, List<Diagnostic> problems,
                           List<Path> staleFolders) {

    public ExportResult {
        written = List.copyOf(written);
        sensitive = List.copyOf(sensitive);
        problems = List.copyOf(problems);
        staleFolders = List.copyOf(staleFolders);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Diagnostic::isError);
    }
}
