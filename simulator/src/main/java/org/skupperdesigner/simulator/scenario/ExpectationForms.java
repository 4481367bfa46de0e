package org.skupperdesigner.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.simulator.settings.SettingsReader;

/**
 * Reads one entry of {@code expect}: a line ({@code listener west/backend errors < 1% after 15s}) or a map
 * grouping several conditions on one listener and window:
 *
 * <pre>
 * - listener: west/backend
 *   after: 15s              # or before: / between: 5s and 20s
 *   errors: "&lt; 1%"
 *   p99: "&lt; 50ms"
 *   served-by: east
 * </pre>
 */
final class ExpectationForms {
    private static final Set<String> WINDOW_KEYS = Set.of("after", "before", "between");
    private static final List<String> METRIC_KEYS = List.of("errors", "p50", "p90", "p99", "max", "mean", "requests",
            "rps", "served-by");

    private ExpectationForms() {
    }

    static List<Expectation> read(String path, Object value, Function<String, SourceLocation> locator,
                                  List<Diagnostic> problems) {
        SourceLocation location = locator.apply(path);
        List<Expectation> result = new ArrayList<>();
        if (value instanceof String line) {
            parse(line, location, problems, result);
            return result;
        }
        SettingsReader r = SettingsReader.of(path, value, locator, problems);
        if (r == null) {
            return result;
        }
        String listener = r.string("listener", null);
        if (listener == null) {
            r.error(null, path + " names no listener", ExpectationParser.FORMS);
            return result;
        }
        Set<String> known = new java.util.HashSet<>(WINDOW_KEYS);
        known.add("listener");
        known.addAll(METRIC_KEYS);
        r.warnUnknown(known);
        String window = "";
        for (String key : WINDOW_KEYS) {
            String w = r.string(key, null);
            if (w != null) {
                window += " " + key + " " + w;
            }
        }
        boolean any = false;
        for (String metric : METRIC_KEYS) {
            String condition = r.string(metric, null);
            if (condition != null) {
                any = true;
                parse("listener " + listener + " " + metric + " " + condition + window, r.location(metric), problems,
                        result);
            }
        }
        if (!any) {
            r.error(null, path + " checks nothing", "add one of " + String.join(", ", METRIC_KEYS));
        }
        return result;
    }

    private static void parse(String line, SourceLocation location, List<Diagnostic> problems,
                              List<Expectation> into) {
        try {
            into.add(ExpectationParser.parse(line, location));
        } catch (IllegalArgumentException e) {
            problems.add(Diagnostic.error("scenario.expectation", e.getMessage(), "", location));
        }
    }
}
