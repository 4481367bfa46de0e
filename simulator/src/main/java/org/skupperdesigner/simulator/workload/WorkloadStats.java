package org.skupperdesigner.simulator.workload;

import java.util.concurrent.atomic.LongAdder;

/** Counters of one workload server, written on its event loop and read from anywhere. */
public final class WorkloadStats {
    private final LongAdder accepted = new LongAdder();
    private final LongAdder injectedFailures = new LongAdder();
    private final LongAdder bytesIn = new LongAdder();
    private final LongAdder bytesOut = new LongAdder();

    void countAccepted() {
        accepted.increment();
    }

    void countInjectedFailure() {
        injectedFailures.increment();
    }

    void countIn(long n) {
        bytesIn.add(n);
    }

    void countOut(long n) {
        bytesOut.add(n);
    }

    public long accepted() {
        return accepted.sum();
    }

    public long injectedFailures() {
        return injectedFailures.sum();
    }

    public long bytesIn() {
        return bytesIn.sum();
    }

    public long bytesOut() {
        return bytesOut.sum();
    }
}
