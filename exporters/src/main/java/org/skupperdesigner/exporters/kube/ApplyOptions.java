package org.skupperdesigner.exporters.kube;

import java.time.Clock;
import java.time.Duration;

/**
 * Timeouts per kind of step and how often statuses are polled.
 *
 * @param siteReadyTimeout  waiting for Sites to be Ready
 * @param grantTimeout      waiting for AccessGrants to get url/code/ca
 * @param linkTimeout       waiting for Links to be Operational
 * @param matchTimeout      waiting for listeners and connectors to be Matched
 * @param writeTimeout      one step's writes (a stuck server fails the step)
 * @param systemTimeout     a {@code skupper system} command
 * @param pollInterval      between two status reads
 * @param clock             for grant expiry
 */
public record ApplyOptions(Duration siteReadyTimeout, Duration grantTimeout, Duration linkTimeout,
                           Duration matchTimeout, Duration writeTimeout, Duration systemTimeout,
                           Duration pollInterval, Clock clock) {

    public static ApplyOptions defaults() {
        return new ApplyOptions(Duration.ofMinutes(5), Duration.ofMinutes(2), Duration.ofMinutes(5),
                Duration.ofMinutes(3), Duration.ofMinutes(2), Duration.ofMinutes(2), Duration.ofSeconds(2),
                Clock.systemUTC());
    }

    /** Every wait bounded by {@code timeout}, polled every {@code poll} (tests, impatient users). */
    public ApplyOptions withWaits(Duration timeout, Duration poll) {
        return new ApplyOptions(timeout, timeout, timeout, timeout, writeTimeout, systemTimeout, poll, clock);
    }

    public ApplyOptions withClock(Clock newClock) {
        return new ApplyOptions(siteReadyTimeout, grantTimeout, linkTimeout, matchTimeout, writeTimeout,
                systemTimeout, pollInterval, newClock);
    }
}
