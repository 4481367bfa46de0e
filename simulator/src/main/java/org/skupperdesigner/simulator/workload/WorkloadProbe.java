package org.skupperdesigner.simulator.workload;

import java.time.Instant;

/** Told about each finished connection of a built-in workload while set (used by traces). */
@FunctionalInterface
public interface WorkloadProbe {
    /**
     * @param identity who served
     * @param accepted when the workload accepted the connection
     * @param closed   when it ended
     * @param bytesIn  bytes the workload read
     * @param bytesOut bytes it wrote
     * @param failed   whether a failure was injected
     */
    void served(WorkloadIdentity identity, Instant accepted, Instant closed, long bytesIn, long bytesOut,
                boolean failed);
}
