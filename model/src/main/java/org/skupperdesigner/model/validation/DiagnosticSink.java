package org.skupperdesigner.model.validation;

import org.skupperdesigner.model.diagnostic.Diagnostic;

/** Where rules put their findings. */
@FunctionalInterface
public interface DiagnosticSink {

    void report(Diagnostic diagnostic);
}
