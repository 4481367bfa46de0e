package org.skupperdesigner.app.ui.simulate.panel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.skupperdesigner.simulator.settings.Quantities;

/**
 * Reads the text fields of a settings form the way the design file's {@code simulation} section is read (sizes like
 * {@code 64KiB}, durations like {@code 250ms}, fractions like {@code 5%}). Every bad field becomes one message naming
 * the element, the field and what to write, and the reader returns the field's previous value so the form never
 * throws.
 */
final class FieldReader {

    private final String element;
    private final List<String> problems = new ArrayList<>();

    FieldReader(String element) {
        this.element = element;
    }

    double number(String field, String text, double min, double max, double fallback, String example) {
        return read(field, text, fallback, "a number between " + trim(min) + " and " + trim(max) + ", e.g. " + example,
                t -> {
                    double d = Double.parseDouble(t.replace(',', '.'));
                    if (!(d >= min && d <= max)) {
                        throw new IllegalArgumentException();
                    }
                    return d;
                });
    }

    int integer(String field, String text, int min, int max, int fallback, String example) {
        return read(field, text, fallback, "a whole number between " + min + " and " + max + ", e.g. " + example,
                t -> {
                    int i = Integer.parseInt(t);
                    if (i < min || i > max) {
                        throw new IllegalArgumentException();
                    }
                    return i;
                });
    }

    long size(String field, String text, long fallback) {
        return read(field, text, fallback, "a size such as 1024, 64KiB or 1MiB", Quantities::bytes);
    }

    Duration duration(String field, String text, Duration fallback) {
        return read(field, text, fallback, "0 or a duration such as 250ms or 2s", Quantities::duration);
    }

    double fraction(String field, String text, double fallback) {
        return read(field, text, fallback, "a fraction between 0% and 100%, e.g. 5% or 0.05", Quantities::fraction);
    }

    /** {@code host:port}, or null (with a message) when it is not one. */
    HostPort hostPort(String field, String text) {
        String t = text == null ? "" : text.trim();
        int colon = t.lastIndexOf(':');
        try {
            String host = t.substring(0, colon).trim();
            int port = Integer.parseInt(t.substring(colon + 1).trim());
            if (host.isEmpty() || port < 1 || port > 65535) {
                throw new IllegalArgumentException();
            }
            return new HostPort(host, port);
        } catch (RuntimeException e) {
            problems.add(element + ": " + field + " '" + t + "' is not host:port. Write the real server's address, "
                    + "e.g. 127.0.0.1:8080.");
            return null;
        }
    }

    record HostPort(String host, int port) {
    }

    boolean ok() {
        return problems.isEmpty();
    }

    /** All problems, one per line. */
    String message() {
        return String.join("\n", problems);
    }

    private <T> T read(String field, String text, T fallback, String expected, Function<String, T> parser) {
        String t = text == null ? "" : text.trim();
        try {
            return parser.apply(t);
        } catch (RuntimeException e) {
            problems.add(element + ": " + field + " '" + t + "' is not " + expected + ".");
            return fallback;
        }
    }

    static String trim(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                : String.format(Locale.ROOT, "%s", d);
    }
}
