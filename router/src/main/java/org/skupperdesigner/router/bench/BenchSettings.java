package org.skupperdesigner.router.bench;

/**
 * What the bench runs. B1-B3 and B5 are fixed by their definitions; {@code sites} chooses the line used
 * for the latency measure (B4) and {@code tls} the links of B4, B6 and B7.
 *
 * @param sites           routers in the line for B4 (2 or 3)
 * @param tls             mutual TLS on the links of B4, B6 and B7
 * @param streams         parallel streams of the multi-stream throughput measure (B1)
 * @param durationSeconds measured window of each throughput, latency and connection-rate sample
 * @param repetitions     samples of each measure; the figures are medians
 * @param idleConnections idle connections for B6
 * @param ringSites       routers in the convergence ring (C1); 0 skips it
 * @param references      also take the reference figures in the same run (iperf3 direct and through
 *                        haproxy) and B1-B3 driven by iperf3; needs iperf3 and haproxy on the PATH
 */
public record BenchSettings(int sites, boolean tls, int streams, double durationSeconds, int repetitions,
                            int idleConnections, int ringSites, boolean references) {
    public BenchSettings {
        if (sites < 2 || sites > 3) {
            throw new IllegalArgumentException("--sites must be 2 or 3");
        }
        if (streams < 1 || streams > 256) {
            throw new IllegalArgumentException("--streams must be between 1 and 256");
        }
        if (!(durationSeconds >= 0.2 && durationSeconds <= 60)) {
            throw new IllegalArgumentException("--duration must be between 0.2 and 60 seconds");
        }
        if (repetitions < 1 || repetitions > 20) {
            throw new IllegalArgumentException("--repetitions must be between 1 and 20");
        }
        if (idleConnections < 0 || idleConnections > 100_000) {
            throw new IllegalArgumentException("--idle-connections must be between 0 and 100000");
        }
        if (ringSites != 0 && (ringSites < 3 || ringSites > 1000)) {
            throw new IllegalArgumentException("ring sites must be 0 or between 3 and 1000");
        }
    }

    /** The defaults: a couple of minutes on two cores. */
    public static BenchSettings defaults() {
        return new BenchSettings(2, true, 8, 1.0, 5, 10_000, 100, false);
    }

    /** A quick run for tests: tiny windows, one repetition, few idle connections, no ring. */
    public static BenchSettings smoke() {
        return new BenchSettings(2, true, 2, 0.2, 1, 50, 0, false);
    }
}
