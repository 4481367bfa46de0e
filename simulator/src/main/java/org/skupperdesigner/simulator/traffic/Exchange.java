package org.skupperdesigner.simulator.traffic;

import io.netty.channel.Channel;
import io.netty.util.concurrent.ScheduledFuture;
import org.skupperdesigner.simulator.metrics.RequestOutcome;

/** One request's bookkeeping: reports exactly once, cancels its timeout, closes its channel. Event-loop only. */
final class Exchange {
    private final long startNanos;
    private final RequestSink sink;
    private Channel channel;
    private ScheduledFuture<?> timeout;
    private boolean done;

    Exchange(long startNanos, RequestSink sink) {
        this.startNanos = startNanos;
        this.sink = sink;
    }

    void attach(Channel channel, ScheduledFuture<?> timeout) {
        this.channel = channel;
        this.timeout = timeout;
    }

    boolean isDone() {
        return done;
    }

    void finish(RequestOutcome outcome, long sent, long received, String servedBy) {
        if (done) {
            return;
        }
        done = true;
        long end = System.nanoTime();
        if (timeout != null) {
            timeout.cancel(false);
        }
        sink.done(startNanos, end, outcome, sent, received, servedBy);
        if (channel != null && channel.isOpen()) {
            channel.close();
        }
    }
}
