package org.skupperdesigner.simulator.scenario;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.simulator.scenario.Expectation.Metric;
import org.skupperdesigner.simulator.scenario.Expectation.Op;
import org.skupperdesigner.simulator.settings.Quantities;

/**
 * Parses expectations written as one line ({@code listener west/backend errors < 1% after 15s}). Failures are
 * {@link IllegalArgumentException}s with a message saying what was expected.
 */
public final class ExpectationParser {
    private static final Pattern LINE = Pattern.compile(
            "listener\\s+(\\S+)\\s+(errors|p50|p90|p99|max|mean|requests|rps|served-by)\\b\\s*(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPARISON = Pattern.compile("(<=|>=|==|<|>|=)\\s*(\\S+)\\s*(.*)");
    private static final Pattern AFTER = Pattern.compile("after\\s+(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE = Pattern.compile("before\\s+(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN = Pattern.compile("between\\s+(\\S+)\\s+and\\s+(\\S+)",
            Pattern.CASE_INSENSITIVE);
    static final String FORMS = "write e.g. 'listener west/backend errors < 1% after 15s', "
            + "'listener west/backend p99 < 50ms' or 'listener west/backend served-by east after 15s'";

    private ExpectationParser() {
    }

    public static Expectation parse(String text, SourceLocation location) {
        String normalized = text.trim().replaceAll("\\s+", " ");
        Matcher m = LINE.matcher(normalized);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read expectation '" + text + "'; " + FORMS);
        }
        String listener = m.group(1);
        if (listener.indexOf('/') <= 0) {
            throw new IllegalArgumentException("'" + listener + "' does not name a listener; write <site>/<listener>");
        }
        String metricWord = m.group(2).toLowerCase(Locale.ROOT);
        String rest = m.group(3).trim();
        if (metricWord.equals("served-by")) {
            return servedBy(text, listener, rest, location);
        }
        Matcher c = COMPARISON.matcher(rest);
        if (!c.matches()) {
            throw new IllegalArgumentException("expectation '" + text + "' needs a comparison after '" + metricWord
                    + "', such as '< 1%' or '<= 50ms'");
        }
        Op op = Op.of(c.group(1));
        String valueText = c.group(2);
        Metric metric;
        double value;
        switch (metricWord) {
            case "errors" -> {
                if (valueText.endsWith("%")) {
                    metric = Metric.ERROR_RATE;
                    value = Quantities.fraction(valueText);
                } else {
                    metric = Metric.ERROR_COUNT;
                    value = number(valueText, text);
                }
            }
            case "requests" -> {
                metric = Metric.REQUESTS;
                value = number(valueText, text);
            }
            case "rps" -> {
                metric = Metric.RPS;
                value = number(valueText, text);
            }
            default -> {
                metric = Metric.valueOf(metricWord.toUpperCase(Locale.ROOT));
                value = millis(valueText);
            }
        }
        Duration[] window = window(c.group(3), text);
        return new Expectation(text.trim(), listener, metric, null, op, value, window[0], window[1], location);
    }

    private static Expectation servedBy(String text, String listener, String rest, SourceLocation location) {
        String[] parts = rest.split(" ", 2);
        if (parts[0].isEmpty()) {
            throw new IllegalArgumentException("expectation '" + text + "' needs a site or connector after served-by");
        }
        String who = parts[0];
        String tail = parts.length > 1 ? parts[1] : "";
        Op op = Op.GE;
        double value = 1.0;
        Matcher c = COMPARISON.matcher(tail);
        if (c.matches()) {
            op = Op.of(c.group(1));
            value = Quantities.fraction(c.group(2));
            tail = c.group(3);
        }
        Duration[] window = window(tail, text);
        return new Expectation(text.trim(), listener, Metric.SERVED_BY, who, op, value, window[0], window[1],
                location);
    }

    /** Parses {@code after T}, {@code before T}, {@code between T1 and T2} or nothing. */
    static Duration[] window(String text, String whole) {
        String t = text.trim();
        if (t.isEmpty()) {
            return new Duration[] {null, null};
        }
        Matcher m;
        if ((m = BETWEEN.matcher(t)).matches()) {
            Duration from = Quantities.duration(m.group(1));
            Duration to = Quantities.duration(m.group(2));
            if (to.compareTo(from) <= 0) {
                throw new IllegalArgumentException("in '" + whole + "' the window ends before it starts");
            }
            return new Duration[] {from, to};
        }
        if ((m = AFTER.matcher(t)).matches()) {
            return new Duration[] {Quantities.duration(m.group(1)), null};
        }
        if ((m = BEFORE.matcher(t)).matches()) {
            return new Duration[] {null, Quantities.duration(m.group(1))};
        }
        throw new IllegalArgumentException("cannot read the window '" + t + "' of '" + whole
                + "'; write 'after 15s', 'before 10s' or 'between 5s and 20s'");
    }

    private static double number(String text, String whole) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' in '" + whole + "' is not a number");
        }
    }

    private static double millis(String text) {
        try {
            return Double.parseDouble(text); // a bare number means milliseconds
        } catch (NumberFormatException e) {
            return Quantities.duration(text).toNanos() / 1e6;
        }
    }
}
