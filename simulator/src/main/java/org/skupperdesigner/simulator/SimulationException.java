package org.skupperdesigner.simulator;

import java.util.List;
import org.skupperdesigner.model.diagnostic.Diagnostic;

/** A simulation could not start or a request to it was invalid; {@link #diagnostics()} says why, if known. */
public final class SimulationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public SimulationException(String message, List<Diagnostic> diagnostics) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public SimulationException(String message, Throwable cause) {
        super(message, cause);
        this.diagnostics = List.of();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
