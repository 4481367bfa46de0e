package org.skupperdesigner.simulator.scenario;

import java.time.Duration;
import org.skupperdesigner.model.diagnostic.SourceLocation;

/**
 * A condition a scenario must meet, checked on what the clients of one listener saw in a time window.
 *
 * <pre>
 * listener west/backend errors &lt; 1% after 15s       error rate (errors &lt; 3 without % counts them)
 * listener west/backend p99 &lt; 50ms                   latency percentile: p50, p90, p99, max, mean
 * listener west/backend requests &gt;= 100 before 10s   request count; rps = successful requests per second
 * listener west/backend served-by east after 15s     every served connection (or: served-by east &gt;= 90%)
 * </pre>
 * Windows: {@code after T}, {@code before T}, {@code between T1 and T2}, or the whole run. Times count from
 * the start of the scenario's timeline (when the network is ready and traffic starts).
 *
 * @param text       as written
 * @param listenerId the listener
 * @param metric     what is measured
 * @param servedBy   for {@link Metric#SERVED_BY}: a site id, connector id or replica label
 * @param op         comparison
 * @param value      threshold: a fraction for rates and shares, milliseconds for latencies, a count or per second
 * @param from       window start (inclusive), or null for the start
 * @param to         window end (exclusive), or null for the end
 * @param location   where it is written
 */
public record Expectation(String text, String listenerId, Metric metric, String servedBy, Op op, double value,
                          Duration from, Duration to, SourceLocation location) {

    /** What is measured. */
    public enum Metric {
        ERROR_RATE, ERROR_COUNT, P50, P90, P99, MAX, MEAN, REQUESTS, RPS, SERVED_BY;

        boolean isLatency() {
            return this == P50 || this == P90 || this == P99 || this == MAX || this == MEAN;
        }
    }

    /** Comparisons. */
    public enum Op {
        LT("<"), LE("<="), GT(">"), GE(">="), EQ("==");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean test(double actual, double threshold) {
            return switch (this) {
                case LT -> actual < threshold;
                case LE -> actual <= threshold;
                case GT -> actual > threshold;
                case GE -> actual >= threshold;
                case EQ -> Math.abs(actual - threshold) < 1e-9;
            };
        }

        static Op of(String symbol) {
            for (Op op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            return "=".equals(symbol) ? EQ : null;
        }
    }
}
