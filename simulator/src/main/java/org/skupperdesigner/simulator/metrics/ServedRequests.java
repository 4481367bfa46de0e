package org.skupperdesigner.simulator.metrics;

/**
 * Requests one replica answered in a window, as the clients saw them (only answers name their replica: HTTP's
 * {@code X-Served-By}).
 *
 * @param ok     answered correctly
 * @param failed answered with an error (an HTTP 5xx, a wrong body)
 */
public record ServedRequests(long ok, long failed) {
}
