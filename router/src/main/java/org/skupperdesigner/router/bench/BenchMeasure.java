package org.skupperdesigner.router.bench;

import java.util.List;
import java.util.Locale;

/**
 * One line of the bench: the median of its samples against its target.
 *
 * @param id         short id (B1-1, B4-p50, ...)
 * @param title      what was measured
 * @param unit       unit of {@code value} and {@code target} ("x direct", "us", "ms", "KiB", "s/GB")
 * @param value      median of the samples (NaN when it could not be measured)
 * @param comparator ">=" or "<=", or "" when there is no target
 * @param target     the target, NaN when none
 * @param samples    every sample, in run order
 * @param detail     absolute figures and notes for a person
 */
public record BenchMeasure(String id, String title, String unit, double value, String comparator, double target,
                           List<Double> samples, String detail) {
    public BenchMeasure {
        samples = List.copyOf(samples);
    }

    public boolean hasTarget() {
        return !comparator.isEmpty();
    }

    /** Whether the target is met; true when there is none. */
    public boolean met() {
        if (!hasTarget()) {
            return true;
        }
        if (Double.isNaN(value)) {
            return false;
        }
        return comparator.equals(">=") ? value >= target : value <= target;
    }

    /** A measure whose value is the median of {@code samples}, against {@code comparator target}. */
    static BenchMeasure target(String id, String title, String unit, List<Double> samples, String comparator,
                               double target, String detail) {
        return new BenchMeasure(id, title, unit, median(samples), comparator, target, samples, detail);
    }

    /** A routed / direct ratio that must reach {@code target}. */
    static BenchMeasure ratio(String id, String title, List<Double> samples, double target, String detail) {
        return target(id, title, "x direct", samples, ">=", target, detail);
    }

    /** A figure without a target. */
    static BenchMeasure info(String id, String title, String unit, List<Double> samples, String detail) {
        return target(id, title, unit, samples, "", Double.NaN, detail);
    }

    static String gbps(double bytesPerSecond) {
        return String.format(Locale.ROOT, "%.2f Gbit/s", bytesPerSecond * 8 / 1e9);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().filter(v -> !Double.isNaN(v)).sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
