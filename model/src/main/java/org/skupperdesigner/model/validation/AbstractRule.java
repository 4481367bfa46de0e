package org.skupperdesigner.model.validation;

import java.util.List;
import java.util.Objects;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;

/** Holds a rule's id, severity and description, and builds its diagnostics. */
public abstract class AbstractRule implements Rule {

    private final String id;
    private final Severity severity;
    private final String description;

    protected AbstractRule(String id, Severity severity, String description) {
        this.id = Objects.requireNonNull(id, "id");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String description() {
        return description;
    }

    /** Reports a finding at this rule's severity; the first element id is the one the finding is "on". */
    protected final void report(DiagnosticSink out, String message, String hint, String... elementIds) {
        report(out, severity, message, hint, elementIds);
    }

    protected final void report(DiagnosticSink out, Severity at, String message, String hint, String... elementIds) {
        out.report(new Diagnostic(at, id, message, List.of(elementIds), hint, null));
    }

    protected final void report(DiagnosticSink out, String message, String hint, List<String> elementIds) {
        out.report(new Diagnostic(severity, id, message, elementIds, hint, null));
    }

    /**
     * Reports a finding about one field of the first element ({@code spec.routingKey}; see
     * {@link Diagnostic#field()}), so readers can point at that field's line and the property sheet at its row.
     */
    protected final void reportField(DiagnosticSink out, String field, String message, String hint,
                                     String... elementIds) {
        reportField(out, severity, field, message, hint, elementIds);
    }

    protected final void reportField(DiagnosticSink out, String field, String message, String hint,
                                     List<String> elementIds) {
        out.report(new Diagnostic(severity, id, message, elementIds, hint, null, field));
    }

    protected final void reportField(DiagnosticSink out, Severity at, String field, String message, String hint,
                                     String... elementIds) {
        out.report(new Diagnostic(at, id, message, List.of(elementIds), hint, null, field));
    }

    @Override
    public String toString() {
        return id;
    }
}
