package org.skupperdesigner.exporters.plan;

/**
 * One field that differs between the design and what is live.
 *
 * @param path   dotted path, e.g. {@code spec.port} or {@code metadata.labels.app}
 * @param before live value, or null when absent
 * @param after  desired value, or null when it will be removed
 * @param hidden true for Secret data: values are never shown, only that they change
 */
public record FieldChange(String path, Object before, Object after, boolean hidden) {

    public static final String HIDDEN = "(hidden)";

    /** {@code spec.port: 8080 -> 9090}; secret values as {@value #HIDDEN}. */
    public String describe() {
        if (hidden) {
            String what = before == null ? "added" : after == null ? "removed" : "changed";
            return path + ": " + what + " " + HIDDEN;
        }
        return path + ": " + show(before) + " -> " + show(after);
    }

    private static String show(Object value) {
        return value == null ? "(none)" : String.valueOf(value);
    }

    @Override
    public String toString() {
        return describe();
    }
}
