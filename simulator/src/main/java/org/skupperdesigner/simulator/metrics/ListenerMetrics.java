package org.skupperdesigner.simulator.metrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.skupperdesigner.router.observe.FlowOutcome;

/**
 * Everything measured at one listener: generated requests (client view) and router flow records (which
 * replica served each connection).
 */
public final class ListenerMetrics {
    private static final long MAX_LATENCY_MICROS = 3_600_000_000L;

    private final String listenerId;
    private final RequestLog requests = new RequestLog();
    private final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> labelIndex = new HashMap<>();
    private final List<long[]> flows = new ArrayList<>(); // {endMicros, labelIndex, outcome ordinal}
    private final Accumulator totals = new Accumulator(0, Long.MAX_VALUE, 2); // 1% precision: small per listener

    public ListenerMetrics(String listenerId) {
        this.listenerId = listenerId;
    }

    public String listenerId() {
        return listenerId;
    }

    public RequestLog requests() {
        return requests;
    }

    /** Records one finished request in the log and in the running totals. */
    public void record(long endMicros, long latencyMicros, RequestOutcome outcome, long bytesSent, long bytesReceived,
                       String servedBy) {
        requests.add(endMicros, latencyMicros, outcome, bytesSent, bytesReceived, label(servedBy));
        synchronized (totals) {
            totals.request(endMicros, latencyMicros, outcome, bytesSent, bytesReceived, -1);
            totals.lastEnd = Math.max(totals.lastEnd, endMicros);
        }
    }

    /** Everything since the start, from running totals (no scan): cheap enough for every frame. */
    public WindowStats total() {
        synchronized (totals) {
            return totals.stats();
        }
    }

    /** Index of a replica label, registering it on first use. */
    public synchronized int label(String label) {
        if (label == null) {
            return -1;
        }
        return labelIndex.computeIfAbsent(label, l -> {
            labels.add(l);
            return labels.size() - 1;
        });
    }

    public synchronized String labelOf(int index) {
        return index < 0 || index >= labels.size() ? null : labels.get(index);
    }

    /** A connection accepted by this listener ended. */
    public void flowEnded(long endMicros, String servedBy, FlowOutcome outcome) {
        int index = label(servedBy);
        long[] flow = {endMicros, index, outcome.ordinal()};
        synchronized (this) {
            flows.add(flow);
        }
        synchronized (totals) {
            totals.flow(flow);
        }
    }

    public synchronized int flowCount() {
        return flows.size();
    }

    /** Statistics of the window [{@code fromMicros}, {@code toMicros}), latencies at 0.1% precision. */
    public WindowStats window(long fromMicros, long toMicros) {
        Accumulator a = new Accumulator(fromMicros, toMicros, 3);
        requests.forEach(fromMicros, toMicros, a::request);
        for (long[] f : flowSnapshot()) {
            if (f[0] >= fromMicros && f[0] < toMicros) {
                a.flow(f);
            }
        }
        return a.stats();
    }

    /**
     * Statistics per bucket of {@code bucketMicros} from {@code fromMicros} to {@code toMicros} in one pass,
     * latencies at 1% precision (for charts).
     */
    public List<WindowStats> series(long fromMicros, long toMicros, long bucketMicros) {
        int n = (int) Math.max(1, (toMicros - fromMicros + bucketMicros - 1) / bucketMicros);
        Accumulator[] buckets = new Accumulator[n];
        for (int i = 0; i < n; i++) {
            long start = fromMicros + i * bucketMicros;
            buckets[i] = new Accumulator(start, Math.min(toMicros, start + bucketMicros), 2);
        }
        requests.forEach(fromMicros, toMicros, (end, latency, outcome, sent, received, servedBy) ->
                buckets[(int) ((end - fromMicros) / bucketMicros)].request(end, latency, outcome, sent, received,
                        servedBy));
        for (long[] f : flowSnapshot()) {
            if (f[0] >= fromMicros && f[0] < toMicros) {
                buckets[(int) ((f[0] - fromMicros) / bucketMicros)].flow(f);
            }
        }
        List<WindowStats> result = new ArrayList<>(n);
        for (Accumulator a : buckets) {
            result.add(a.stats());
        }
        return result;
    }

    /**
     * Requests that ended in [{@code fromMicros}, {@code toMicros}) whose answer named the replica that served it
     * (HTTP), per replica label. Routers see an HTTP 500 as a normal connection; this is how it reaches a connector.
     */
    public Map<String, ServedRequests> requestsByServer(long fromMicros, long toMicros) {
        Map<Integer, long[]> byIndex = new HashMap<>();
        requests.forEach(fromMicros, toMicros, (end, latency, outcome, sent, received, servedBy) -> {
            if (servedBy >= 0) {
                byIndex.computeIfAbsent(servedBy, k -> new long[2])[outcome.isError() ? 1 : 0]++;
            }
        });
        Map<String, ServedRequests> result = new LinkedHashMap<>();
        byIndex.forEach((index, t) -> result.put(labelOf(index), new ServedRequests(t[0], t[1])));
        return result;
    }

    private synchronized List<long[]> flowSnapshot() {
        return new ArrayList<>(flows);
    }

    /** Sums one window. */
    private final class Accumulator {
        private final long from;
        private final long to;
        private final int digits;
        private Histogram histogram;
        private long count;
        private long errors;
        private long bytes;
        private final Map<RequestOutcome, Long> errorsByKind = new EnumMap<>(RequestOutcome.class);
        private final Map<String, Long> servedBy = new LinkedHashMap<>();
        private long flowCount;
        private long failedFlows;
        private long lastEnd = -1;

        Accumulator(long from, long to, int digits) {
            this.from = from;
            this.to = to;
            this.digits = digits;
        }

        void request(long end, long latency, RequestOutcome outcome, long sent, long received, int servedByIndex) {
            count++;
            if (outcome.isError()) {
                errors++;
                errorsByKind.merge(outcome, 1L, Long::sum);
                return;
            }
            if (histogram == null) {
                histogram = new Histogram(MAX_LATENCY_MICROS, digits);
            }
            histogram.recordValue(Math.max(0, Math.min(latency, MAX_LATENCY_MICROS)));
            bytes += sent + received;
        }

        void flow(long[] f) {
            flowCount++;
            if (f[2] == FlowOutcome.COMPLETED.ordinal()) {
                if (f[1] >= 0) {
                    servedBy.merge(labelOf((int) f[1]), 1L, Long::sum);
                }
            } else if (f[2] != FlowOutcome.ACTIVE.ordinal()) {
                failedFlows++;
            }
        }

        WindowStats stats() {
            long end = to == Long.MAX_VALUE ? Math.max(from + 1, lastEnd()) : to;
            double seconds = Math.max(1e-6, (end - from) / 1e6);
            boolean any = histogram != null && histogram.getTotalCount() > 0;
            return new WindowStats(from, to, count, errors, errorsByKind,
                    any ? histogram.getValueAtPercentile(50) / 1000.0 : 0,
                    any ? histogram.getValueAtPercentile(90) / 1000.0 : 0,
                    any ? histogram.getValueAtPercentile(99) / 1000.0 : 0,
                    any ? histogram.getMaxValue() / 1000.0 : 0,
                    any ? histogram.getMean() / 1000.0 : 0,
                    (count - errors) / seconds, bytes / seconds, servedBy, flowCount, failedFlows);
        }

        private long lastEnd() {
            if (lastEnd >= 0) {
                return lastEnd; // running totals know it
            }
            long[] last = {from};
            requests.forEach(from, Long.MAX_VALUE, (e, l, o, s, r, b) -> last[0] = Math.max(last[0], e));
            return last[0];
        }
    }
}
