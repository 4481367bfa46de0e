package org.skupperdesigner.simulator.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Every request of one listener, compactly, in completion order: when it ended, how long it took, how it
 * ended, its bytes and (HTTP) which replica answered. Appends are cheap and thread-safe; queries scan.
 */
public final class RequestLog {
    private static final int CHUNK = 8192;
    private static final long SLACK_MICROS = 5_000_000;

    /** Receives entries of {@link #forEach}. */
    @FunctionalInterface
    public interface Visitor {
        void visit(long endMicros, long latencyMicros, RequestOutcome outcome, long bytesSent, long bytesReceived,
                   int servedBy);
    }

    private final List<long[]> ends = new ArrayList<>();
    private final List<long[]> latencies = new ArrayList<>();
    private final List<long[]> bytes = new ArrayList<>();
    private final List<int[]> codes = new ArrayList<>();
    private int size;

    /**
     * @param servedBy index of the serving replica's label (see {@link ListenerMetrics#label}), or -1
     */
    public synchronized void add(long endMicros, long latencyMicros, RequestOutcome outcome, long bytesSent,
                                 long bytesReceived, int servedBy) {
        int slot = size % CHUNK;
        if (slot == 0) {
            ends.add(new long[CHUNK]);
            latencies.add(new long[CHUNK]);
            bytes.add(new long[CHUNK * 2]);
            codes.add(new int[CHUNK]);
        }
        int chunk = size / CHUNK;
        ends.get(chunk)[slot] = endMicros;
        latencies.get(chunk)[slot] = latencyMicros;
        bytes.get(chunk)[slot * 2] = bytesSent;
        bytes.get(chunk)[slot * 2 + 1] = bytesReceived;
        codes.get(chunk)[slot] = outcome.ordinal() | ((servedBy + 1) << 8);
        size++;
    }

    /**
     * Index of the first entry ending at or after {@code micros}, by binary search: entries are appended in
     * completion order, so end times are sorted except for requests of different event loops finishing within
     * {@link #SLACK_MICROS} of each other (callers start that much earlier and filter exactly).
     */
    private static int firstIndex(long[][] ends, int n, long micros) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid / CHUNK][mid % CHUNK] < micros) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public synchronized int size() {
        return size;
    }

    /** Visits entries ending in [{@code fromMicros}, {@code toMicros}). */
    public void forEach(long fromMicros, long toMicros, Visitor visitor) {
        int n;
        long[][] e;
        long[][] l;
        long[][] b;
        int[][] c;
        synchronized (this) {
            // entries below size are never written again, so reading them after this lock is safe
            n = size;
            e = ends.toArray(long[][]::new);
            l = latencies.toArray(long[][]::new);
            b = bytes.toArray(long[][]::new);
            c = codes.toArray(int[][]::new);
        }
        for (int i = firstIndex(e, n, fromMicros - SLACK_MICROS); i < n; i++) {
            int chunk = i / CHUNK;
            int slot = i % CHUNK;
            long end = e[chunk][slot];
            if (end >= fromMicros && end < toMicros) {
                int code = c[chunk][slot];
                visitor.visit(end, l[chunk][slot], RequestOutcome.of(code & 0xff), b[chunk][slot * 2],
                        b[chunk][slot * 2 + 1], (code >>> 8) - 1);
            }
        }
    }
}
