package org.skupperdesigner.model.validation.support;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses Go's {@code time.ParseDuration} syntax ({@code 15m}, {@code 1h30m}, {@code 90s}, {@code 1.5h}). */
public final class GoDuration {

    private static final Pattern WHOLE = Pattern.compile("[-+]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+|0");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");

    private GoDuration() {
    }

    /** The duration, or empty when the text is not valid Go duration syntax. */
    public static Optional<Duration> parse(String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            return Optional.empty();
        }
        if ("0".equals(text)) {
            return Optional.of(Duration.ZERO);
        }
        boolean negative = text.startsWith("-");
        double nanos = 0;
        Matcher m = PART.matcher(text);
        while (m.find()) {
            nanos += Double.parseDouble(m.group(1)) * unitNanos(m.group(2));
        }
        Duration d = Duration.ofNanos((long) nanos);
        return Optional.of(negative ? d.negated() : d);
    }

    private static double unitNanos(String unit) {
        switch (unit) {
            case "ns":
                return 1;
            case "us":
            case "µs":
            case "μs":
                return 1e3;
            case "ms":
                return 1e6;
            case "s":
                return 1e9;
            case "m":
                return 60e9;
            default:
                return 3600e9;
        }
    }

    /** Formats like Go would for whole seconds: {@code 1h2m3s}, {@code 15m0s}. */
    public static String format(Duration d) {
        long s = d.getSeconds();
        StringBuilder sb = new StringBuilder();
        if (s >= 3600) {
            sb.append(s / 3600).append('h');
            s %= 3600;
            sb.append(s / 60).append('m');
            s %= 60;
        } else if (s >= 60) {
            sb.append(s / 60).append('m');
            s %= 60;
        }
        return sb.append(s).append('s').toString();
    }
}
