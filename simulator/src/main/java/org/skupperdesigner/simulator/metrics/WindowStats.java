package org.skupperdesigner.simulator.metrics;

import java.util.Map;

/**
 * What one listener's clients saw in a time window (requests by completion time, flows by closing time).
 *
 * @param fromMicros        window start, since the simulation started
 * @param toMicros          window end (exclusive)
 * @param requests          generated requests that ended in the window
 * @param errors            of which failed
 * @param errorsByKind      failures by kind
 * @param p50Millis         latency percentiles of successful requests, in milliseconds (0 when none)
 * @param p90Millis         90th percentile
 * @param p99Millis         99th percentile
 * @param maxMillis         slowest
 * @param meanMillis        mean
 * @param requestsPerSecond successful requests per second over the window
 * @param bytesPerSecond    bytes sent plus received per second by successful requests
 * @param servedBy          completed connections (router flow records, any client) per serving replica
 *                          ({@code site/connector} or {@code site/connector-N})
 * @param flows             connections that ended in the window
 * @param failedFlows       of which did not complete normally
 */
public record WindowStats(long fromMicros, long toMicros, long requests, long errors,
                          Map<RequestOutcome, Long> errorsByKind, double p50Millis, double p90Millis,
                          double p99Millis, double maxMillis, double meanMillis, double requestsPerSecond,
                          double bytesPerSecond, Map<String, Long> servedBy, long flows, long failedFlows) {
    public WindowStats {
        errorsByKind = Map.copyOf(errorsByKind);
        servedBy = Map.copyOf(servedBy);
    }

    /** Failed requests as a fraction of requests (0 when there were none). */
    public double errorRate() {
        return requests == 0 ? 0 : errors / (double) requests;
    }

    /** Completed connections served by replicas whose label starts with {@code prefix} (a site or connector). */
    public long servedByMatching(String prefix) {
        return servedBy.entrySet().stream().filter(e -> matches(e.getKey(), prefix)).mapToLong(Map.Entry::getValue)
                .sum();
    }

    public long served() {
        return servedBy.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Whether a replica label ({@code site/connector-N}) belongs to {@code who}: a site id, a connector id
     * ({@code site/connector}) or the label itself.
     */
    public static boolean matches(String label, String who) {
        return label.equals(who) || label.startsWith(who + "/") || label.startsWith(who + "-")
                && label.indexOf('/') < who.length();
    }
}
