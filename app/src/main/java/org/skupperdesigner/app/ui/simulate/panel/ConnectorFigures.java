package org.skupperdesigner.app.ui.simulate.panel;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.skupperdesigner.router.observe.FlowOutcome;
import org.skupperdesigner.simulator.event.FlowView;

/**
 * Per-connector figures folded from the flows the routers report ended (which connector served each connection):
 * connections and bytes per second, connection-time percentiles (listener accept to close, as the router saw it) and
 * failed connections (reset, refused, link lost). Only the last few seconds are kept per connector, plus totals.
 * An HTTP 500 from a workload completes its connection normally; the caller adds such failed answers
 * ({@link AnsweredErrors}) to a sample, moving them from ok to errors.
 */
public final class ConnectorFigures {

    private static final double KEEP_SECONDS = 3;

    private record Ended(double closedAt, double millis, long bytes, boolean failed) {
    }

    /** Running totals of one connector. */
    public record Totals(long served, long failed, long bytes) {
    }

    private final Map<String, Deque<Ended>> recent = new HashMap<>();
    private final Map<String, Totals> totals = new HashMap<>();

    /** Folds one ended flow; flows no connector served (no route) and active ones are ignored. */
    public void record(FlowView flow) {
        if (flow.connectorId() == null || flow.closed() == null || flow.outcome() == FlowOutcome.ACTIVE) {
            return;
        }
        boolean failed = flow.outcome() != FlowOutcome.COMPLETED;
        double closedAt = flow.closed().toNanos() / 1e9;
        double millis = Math.max(0, flow.closed().minus(flow.opened()).toNanos() / 1e6);
        long bytes = flow.bytesOut() + flow.bytesBack();
        Deque<Ended> q = recent.computeIfAbsent(flow.connectorId(), k -> new ArrayDeque<>());
        q.addLast(new Ended(closedAt, millis, bytes, failed));
        while (!q.isEmpty() && q.peekFirst().closedAt() < closedAt - KEEP_SECONDS) {
            q.removeFirst();
        }
        totals.merge(flow.connectorId(), new Totals(failed ? 0 : 1, failed ? 1 : 0, bytes),
                (a, b) -> new Totals(a.served() + b.served(), a.failed() + b.failed(), a.bytes() + b.bytes()));
    }

    /** The connector's figures over the second before {@code at} (seconds since the start). */
    public FigureSample sample(String connectorId, double at) {
        return sample(connectorId, at, 0);
    }

    /**
     * As {@link #sample(String, double)}, with {@code failedAnswers} of its completed connections in that second
     * known to have carried an error answer (an HTTP 500): they count as errors, not as ok.
     */
    public FigureSample sample(String connectorId, double at, long failedAnswers) {
        Deque<Ended> q = recent.getOrDefault(connectorId, new ArrayDeque<>());
        double from = at - 1;
        double[] millis = new double[q.size()];
        int ok = 0;
        int failed = 0;
        long bytes = 0;
        for (Ended e : q) {
            if (e.closedAt() < from || e.closedAt() >= at) {
                continue;
            }
            if (e.failed()) {
                failed++;
            } else {
                millis[ok++] = e.millis();
                bytes += e.bytes();
            }
        }
        double[] sorted = Arrays.copyOf(millis, ok);
        Arrays.sort(sorted);
        long answered = Math.min(ok, Math.max(0, failedAnswers));
        return new FigureSample(at, ok - answered, bytes, percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), failed + answered);
    }

    public Totals totals(String connectorId) {
        return totals.getOrDefault(connectorId, new Totals(0, 0, 0));
    }

    /** Nearest-rank percentile of sorted values, 0 when empty. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }
}
