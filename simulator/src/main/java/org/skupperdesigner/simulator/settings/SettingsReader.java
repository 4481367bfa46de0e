package org.skupperdesigner.simulator.settings;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;

/**
 * Reads one YAML map of simulation-only data field by field. Every problem becomes a diagnostic naming the
 * path ({@code simulation.workloads.east/backend.delay}) and, when a locator knows it, the file and line; a bad
 * field falls back to its default so one typo never hides the next one.
 */
public final class SettingsReader {
    private final String path;
    private final Map<String, Object> values;
    private final Function<String, SourceLocation> locator;
    private final List<Diagnostic> problems;

    public SettingsReader(String path, Map<String, Object> values, Function<String, SourceLocation> locator,
                          List<Diagnostic> problems) {
        this.path = path;
        this.values = new LinkedHashMap<>(values);
        this.locator = locator == null ? p -> null : locator;
        this.problems = problems;
    }

    /** A reader for {@code value} at {@code path}, or null (with a diagnostic) when it is not a map. */
    @SuppressWarnings("unchecked")
    public static SettingsReader of(String path, Object value, Function<String, SourceLocation> locator,
                                    List<Diagnostic> problems) {
        if (value == null) {
            return new SettingsReader(path, Map.of(), locator, problems);
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(Diagnostic.error("simulation.shape", path + " must be a map of settings",
                    "write 'key: value' lines under it", locate(locator, path)));
            return null;
        }
        return new SettingsReader(path, (Map<String, Object>) map, locator, problems);
    }

    public String path() {
        return path;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Object raw(String key) {
        return values.get(key);
    }

    public String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public SourceLocation location(String key) {
        return locate(locator, key == null ? path : child(key));
    }

    public Function<String, SourceLocation> locator() {
        return locator;
    }

    public List<Diagnostic> problems() {
        return problems;
    }

    public Map<String, Object> values() {
        return values;
    }

    public String string(String key, String fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            error(key, child(key) + " must be a single value", "write it on one line");
            return fallback;
        }
        return value.toString();
    }

    public Duration duration(String key, Duration fallback) {
        return parse(key, fallback, Quantities::duration);
    }

    public long bytes(String key, long fallback) {
        return parse(key, fallback, Quantities::bytes);
    }

    public long bytesPerSecond(String key, long fallback) {
        return parse(key, fallback, Quantities::bytesPerSecond);
    }

    public double fraction(String key, double fallback) {
        return parse(key, fallback, Quantities::fraction);
    }

    public double number(String key, double fallback, double min, double max) {
        Double value = parse(key, fallback, v -> {
            double d = v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString().trim());
            if (d < min || d > max) {
                throw new IllegalArgumentException("must be between " + trim(min) + " and " + trim(max) + ", was "
                        + trim(d));
            }
            return d;
        });
        return value;
    }

    public int integer(String key, int fallback, int min, int max) {
        return (int) Math.round(number(key, fallback, min, max));
    }

    public <E extends Enum<E>> E choice(String key, E fallback, Function<String, E> parser, String expected) {
        return parse(key, fallback, v -> {
            E parsed = parser.apply(v.toString().trim());
            if (parsed == null) {
                throw new IllegalArgumentException("'" + v + "' is not one of " + expected);
            }
            return parsed;
        });
    }

    /** Reports every key not in {@code known} as a warning with the closest known key as a hint. */
    public void warnUnknown(Set<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                problems.add(Diagnostic.warning("simulation.unknown-key", "unknown setting " + child(key),
                        "known here: " + String.join(", ", known), location(key)));
            }
        }
    }

    public void error(String key, String message, String hint) {
        problems.add(Diagnostic.error("simulation.value", message, hint, location(key)));
    }

    private <T> T parse(String key, T fallback, Function<Object, T> parser) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            error(key, child(key) + ": " + e.getMessage(), "");
            return fallback;
        }
    }

    private static SourceLocation locate(Function<String, SourceLocation> locator, String path) {
        return locator == null ? null : locator.apply(path);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
