package org.skupperdesigner.router.observe;

/**
 * Counters of one listener, connector, link or router at one moment. Bytes are seen from the router:
 * {@code bytesIn} arrived at the router from that side, {@code bytesOut} left the router toward it.
 */
public record CounterSnapshot(long opened, long closed, long failed, long bytesIn, long bytesOut, long inFlight) {
    public static final CounterSnapshot ZERO = new CounterSnapshot(0, 0, 0, 0, 0, 0);
}
