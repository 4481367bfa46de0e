package org.skupperdesigner.simulator.scenario;

import java.util.Map;
import java.util.stream.Collectors;
import org.skupperdesigner.simulator.metrics.ListenerMetrics;
import org.skupperdesigner.simulator.metrics.WindowStats;
import org.skupperdesigner.simulator.scenario.Expectation.Metric;

/** Checks expectations against a listener's recorded requests and flows. */
public final class ExpectationEvaluator {
    private ExpectationEvaluator() {
    }

    /**
     * @param originMicros when the scenario's timeline started, in simulation time
     * @param endMicros    when it ended
     */
    public static ExpectationResult evaluate(Expectation e, ListenerMetrics metrics, long originMicros,
                                             long endMicros) {
        long from = originMicros + (e.from() == null ? 0 : e.from().toNanos() / 1000);
        long to = e.to() == null ? Long.MAX_VALUE : originMicros + e.to().toNanos() / 1000;
        WindowStats w = metrics.window(from, to);
        String location = e.location() == null ? "" : e.location().toString();
        if (e.metric() == Metric.SERVED_BY) {
            long served = w.served();
            if (served == 0) {
                return new ExpectationResult(e.text(), location, false, "no connection was served in the window");
            }
            long matching = w.servedByMatching(e.servedBy());
            double share = matching / (double) served;
            return new ExpectationResult(e.text(), location, e.op().test(share, e.value()), percent(share) + " ("
                    + matching + " of " + served + " connections; " + shares(w.servedBy(), served) + ")");
        }
        if (e.metric() != Metric.REQUESTS && w.requests() == 0) {
            return new ExpectationResult(e.text(), location, false, "no request ended in the window");
        }
        if (e.metric().isLatency() && w.requests() == w.errors()) {
            return new ExpectationResult(e.text(), location, false, "no request succeeded in the window");
        }
        double actual;
        String shown;
        switch (e.metric()) {
            case ERROR_RATE -> {
                actual = w.errorRate();
                shown = percent(actual) + " (" + w.errors() + " of " + w.requests() + errorKinds(w) + ")";
            }
            case ERROR_COUNT -> {
                actual = w.errors();
                shown = w.errors() + " of " + w.requests() + errorKinds(w);
            }
            case REQUESTS -> {
                actual = w.requests();
                shown = Long.toString(w.requests());
            }
            case RPS -> {
                actual = w.requestsPerSecond();
                shown = String.format("%.1f/s", actual);
            }
            case P50 -> {
                actual = w.p50Millis();
                shown = millis(actual);
            }
            case P90 -> {
                actual = w.p90Millis();
                shown = millis(actual);
            }
            case P99 -> {
                actual = w.p99Millis();
                shown = millis(actual);
            }
            case MAX -> {
                actual = w.maxMillis();
                shown = millis(actual);
            }
            default -> {
                actual = w.meanMillis();
                shown = millis(actual);
            }
        }
        return new ExpectationResult(e.text(), location, e.op().test(actual, e.value()), shown);
    }

    private static String errorKinds(WindowStats w) {
        if (w.errorsByKind().isEmpty()) {
            return "";
        }
        return ": " + w.errorsByKind().entrySet().stream()
                .map(x -> x.getValue() + " " + x.getKey().name().toLowerCase().replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    private static String shares(Map<String, Long> servedBy, long served) {
        return servedBy.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(x -> x.getKey() + " " + percent(x.getValue() / (double) served))
                .collect(Collectors.joining(", "));
    }

    static String percent(double fraction) {
        return String.format("%.1f%%", fraction * 100);
    }

    private static String millis(double ms) {
        return String.format("%.2f ms", ms);
    }
}
