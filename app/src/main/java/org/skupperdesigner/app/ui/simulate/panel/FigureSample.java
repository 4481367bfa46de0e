package org.skupperdesigner.app.ui.simulate.panel;

/**
 * What one listener's clients (or one connector's connections) saw in the second before {@code at}.
 *
 * @param at             seconds since the simulation started
 * @param okPerSecond    successful requests (connections for a connector) per second
 * @param bytesPerSecond bytes both ways per second
 * @param p50Millis      median latency of the successful ones, 0 when there were none
 * @param p90Millis      90th percentile
 * @param p99Millis      99th percentile
 * @param errorsPerSecond failed requests (connections) per second
 */
public record FigureSample(double at, double okPerSecond, double bytesPerSecond, double p50Millis, double p90Millis,
                           double p99Millis, double errorsPerSecond) {
}
