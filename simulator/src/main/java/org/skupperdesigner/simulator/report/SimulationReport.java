package org.skupperdesigner.simulator.report;

import java.util.List;
import java.util.Map;
import org.skupperdesigner.simulator.scenario.ExpectationResult;

/**
 * Everything a report shows, as plain data (written as JSON, drawn as HTML). Times are seconds since the
 * scenario's timeline started.
 *
 * @param name          scenario or design name
 * @param design        design file or network name
 * @param transport     {@code tcp (mutual TLS)} or {@code local}
 * @param startedAt     wall-clock start, ISO-8601
 * @param durationSeconds how long traffic ran
 * @param passed        verdict, or null when nothing was expected
 * @param expectations  verdict per expectation
 * @param stepErrors    timeline steps that could not be applied
 * @param diagnostics   what was not simulated as drawn
 * @param sites         sites and their routers
 * @param links         links and their costs
 * @param listeners     per listener: address, traffic, totals, time series, who served
 * @param bucketSeconds width of one time-series point
 * @param timeline      faults, link and listener changes, steps (no individual flows)
 */
public record SimulationReport(String name, String design, String transport, String startedAt,
                               double durationSeconds, Boolean passed, List<ExpectationResult> expectations,
                               List<String> stepErrors, List<String> diagnostics, List<SiteEntry> sites,
                               List<LinkEntry> links, List<ListenerEntry> listeners, double bucketSeconds,
                               List<TimelineEntry> timeline) {

    public record SiteEntry(String id, String mode, List<String> listeners, List<String> connectors) {
    }

    public record LinkEntry(String id, String from, String to, int cost, String role) {
    }

    /**
     * @param address         {@code west/backend:8080 -> 127.0.0.1:41234}
     * @param traffic         generator settings, or empty
     * @param total           the whole run
     * @param servedBy        completed connections per serving replica, whole run
     * @param series          one point per bucket
     * @param servedBySeries  completed connections per replica per bucket
     */
    public record ListenerEntry(String id, String routingKey, String address, String traffic, Summary total,
                                Map<String, Long> servedBy, List<Point> series,
                                Map<String, List<Long>> servedBySeries) {
    }

    public record Summary(long requests, long errors, double errorRate, Map<String, Long> errorsByKind,
                          double p50Millis, double p90Millis, double p99Millis, double maxMillis,
                          double meanMillis, double requestsPerSecond, double bytesPerSecond) {
    }

    /** One time-series point: successful requests and errors per second, latency percentiles. */
    public record Point(double t, double requestsPerSecond, double errorsPerSecond, double p50Millis,
                        double p99Millis, long requests, long errors) {
    }

    /** @param kind fault, restore, link, listener, site, design, step, note */
    public record TimelineEntry(double t, String kind, String text) {
    }
}
