package org.skupperdesigner.router.observe;

/**
 * Counters written by one router's event loop only and read from anywhere. Single writer, so volatile
 * fields (no atomics) are enough for readers to see fresh values.
 */
@SuppressWarnings("NonAtomicOperationOnVolatileField") // single writer: the router's event loop
public final class TrafficCounters {
    private volatile long opened;
    private volatile long closed;
    private volatile long failed;
    private volatile long bytesIn;
    private volatile long bytesOut;
    private volatile long inFlight;

    public void opened() {
        opened++;
        inFlight++;
    }

    /** A connection or stream ended; {@code failed} when it was reset or refused rather than completed. */
    public void closed(boolean failedToo) {
        closed++;
        inFlight--;
        if (failedToo) {
            failed++;
        }
    }

    /** A connection attempt that never opened (refused target, no route). */
    public void failedBeforeOpen() {
        failed++;
    }

    public void bytesIn(long count) {
        bytesIn += count;
    }

    public void bytesOut(long count) {
        bytesOut += count;
    }

    public long inFlight() {
        return inFlight;
    }

    public CounterSnapshot snapshot() {
        return new CounterSnapshot(opened, closed, failed, bytesIn, bytesOut, inFlight);
    }
}
