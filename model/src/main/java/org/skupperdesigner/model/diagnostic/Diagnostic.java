package org.skupperdesigner.model.diagnostic;

import java.util.List;
import java.util.Objects;

/**
 * One finding about an input or a design: produced by the importer, the design-file reader and the validator.
 *
 * @param severity   how bad it is
 * @param ruleId     stable identifier of the rule or check (for filtering, tests and docs)
 * @param message    what is wrong, naming the element
 * @param elementIds ids of the design elements involved (may be empty for pure syntax problems)
 * @param hint       what to do about it (may be empty)
 * @param location   where in an input file, or null when the finding is about the design itself
 * @param field      the field of the first element the finding is about, as written in the design or the
 *                   resource ({@code spec.routingKey}, {@code metadata.name}, a site's {@code namespace}, a link's
 *                   {@code cost}); empty when it is about the element as a whole. Lets a reader point at the
 *                   field's line and the property sheet at the field's row.
 */
public record Diagnostic(Severity severity, String ruleId, String message, List<String> elementIds, String hint,
                         SourceLocation location, String field) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        elementIds = List.copyOf(elementIds);
        hint = hint == null ? "" : hint;
        field = field == null ? "" : field;
    }

    /** A finding about elements as a whole (or about an input file), not one of their fields. */
    public Diagnostic(Severity severity, String ruleId, String message, List<String> elementIds, String hint,
                      SourceLocation location) {
        this(severity, ruleId, message, elementIds, hint, location, "");
    }

    /** The same finding, placed in an input file. */
    public Diagnostic at(SourceLocation where) {
        return new Diagnostic(severity, ruleId, message, elementIds, hint, where, field);
    }

    public static Diagnostic error(String ruleId, String message, String hint, SourceLocation location) {
        return new Diagnostic(Severity.ERROR, ruleId, message, List.of(), hint, location);
    }

    public static Diagnostic warning(String ruleId, String message, String hint, SourceLocation location) {
        return new Diagnostic(Severity.WARNING, ruleId, message, List.of(), hint, location);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for a terminal: {@code file:line:col: error: message (hint)}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (location != null) {
            sb.append(location).append(": ");
        }
        sb.append(severity.label()).append(": ").append(message);
        if (!hint.isEmpty()) {
            sb.append(" (").append(hint).append(')');
        }
        return sb.toString();
    }
}
