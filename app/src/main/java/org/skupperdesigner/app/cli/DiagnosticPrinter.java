package org.skupperdesigner.app.cli;

import java.io.PrintWriter;
import java.util.List;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;

/** Prints reading problems one per line, {@code file:line:col: error: message (hint)}, then a count. */
final class DiagnosticPrinter {

    private DiagnosticPrinter() {
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        for (Diagnostic d : diagnostics) {
            err.println(d.format());
        }
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        if (errors + warnings > 0) {
            err.println(errors + " error(s), " + warnings + " warning(s)");
        }
        err.flush();
    }
}
