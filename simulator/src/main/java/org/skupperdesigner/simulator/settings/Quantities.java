package org.skupperdesigner.simulator.settings;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the human-written quantities of simulation settings and scenarios: durations ({@code 250ms},
 * {@code 1.5s}, {@code 2m}) and byte sizes ({@code 1024}, {@code 64KiB}, {@code 1MB}). Parse failures are
 * {@link IllegalArgumentException}s whose message says what was expected.
 */
public final class Quantities {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(us|µs|ms|s|m|h)");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?");
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?(bit)?"
            + "\\s*(?:/s|ps)?");

    private Quantities() {
    }

    /** {@code 0} or a number with a unit: us, ms, s, m, h. */
    public static Duration duration(Object value) {
        if (value instanceof Number n && n.doubleValue() == 0) {
            return Duration.ZERO;
        }
        String text = value == null ? "" : value.toString().trim().toLowerCase(Locale.ROOT);
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a duration; write a number with a unit such as "
                    + "250ms, 10s or 2m");
        }
        double amount = Double.parseDouble(m.group(1));
        double nanosPerUnit = switch (m.group(2)) {
            case "us", "µs" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            default -> 3600e9;
        };
        return Duration.ofNanos(Math.round(amount * nanosPerUnit));
    }

    /** A byte count: a plain number or a number with B, KB/KiB (1024), MB/MiB, GB/GiB. */
    public static long bytes(Object value) {
        if (value instanceof Number n) {
            if (n.doubleValue() < 0) {
                throw new IllegalArgumentException("a size cannot be negative: " + value);
            }
            return n.longValue();
        }
        String text = value == null ? "" : value.toString().trim().toLowerCase(Locale.ROOT);
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a size; write bytes such as 1024, 64KiB or 1MB");
        }
        return Math.round(Double.parseDouble(m.group(1)) * multiplier(m.group(2)));
    }

    /** Bytes per second: {@code 1MB/s}, {@code 512KiB/s}, {@code 10Mbit/s} (bits divided by 8), or plain bytes. */
    public static long bytesPerSecond(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        String text = value == null ? "" : value.toString().trim().toLowerCase(Locale.ROOT);
        Matcher m = RATE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a bandwidth; write e.g. 1MB/s, 512KiB/s or "
                    + "10Mbit/s");
        }
        double amount = Double.parseDouble(m.group(1)) * multiplier(m.group(2));
        return Math.round(m.group(3) != null ? amount / 8 : amount);
    }

    /** A fraction from {@code 0.05}, {@code 5%}. */
    public static double fraction(Object value) {
        double result;
        if (value instanceof Number n) {
            result = n.doubleValue();
        } else {
            String text = value == null ? "" : value.toString().trim();
            try {
                result = text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1).trim()) / 100
                        : Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + value + "' is not a fraction; write 0.05 or 5%");
            }
        }
        if (result < 0 || result > 1) {
            throw new IllegalArgumentException("'" + value + "' must be between 0 and 1 (0% and 100%)");
        }
        return result;
    }

    /** Shortest readable form of a duration, for messages and reports: 250ms, 1.5s, 2m. */
    public static String format(Duration duration) {
        long micros = duration.toNanos() / 1000;
        if (micros % 1000 != 0 || micros < 1000) {
            return micros + "us";
        }
        long millis = micros / 1000;
        if (millis < 1000 || millis % 100 != 0) {
            return millis + "ms";
        }
        if (millis % 60_000 == 0) {
            return (millis / 60_000) + "m";
        }
        return millis % 1000 == 0 ? (millis / 1000) + "s" : (millis / 1000.0) + "s";
    }

    private static long multiplier(String unit) {
        if (unit == null || unit.equals("b")) {
            return 1;
        }
        return switch (unit.charAt(0)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            default -> 1024L * 1024 * 1024;
        };
    }
}
