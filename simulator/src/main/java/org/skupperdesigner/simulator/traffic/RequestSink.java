package org.skupperdesigner.simulator.traffic;

import org.skupperdesigner.simulator.metrics.RequestOutcome;

/** Where a finished exchange is reported (exactly once per connection attempt). */
@FunctionalInterface
interface RequestSink {
    /**
     * @param startNanos    when the connection attempt began (System.nanoTime)
     * @param endNanos      when it ended
     * @param servedBy      replica label from the answer (HTTP), or null
     */
    void done(long startNanos, long endNanos, RequestOutcome outcome, long bytesSent, long bytesReceived,
              String servedBy);
}
