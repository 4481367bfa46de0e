package org.skupperdesigner.simulator.fault;

import java.time.Duration;
import java.util.Objects;
import org.skupperdesigner.simulator.settings.Quantities;

/**
 * Network conditions injected on a link, applied to each direction separately by the link's shaper.
 *
 * @param latency        one-way delay added to every byte
 * @param bytesPerSecond bandwidth limit per direction; 0 = unlimited
 * @param loss           packet loss probability (0..1). A link is one TCP connection, which never loses data:
 *                       a lost packet shows up as a retransmission stall of {@link #retransmitTimeout()} on the
 *                       segment that carried it and on everything behind it
 */
public record LinkShape(Duration latency, long bytesPerSecond, double loss) {
    public static final LinkShape NONE = new LinkShape(Duration.ZERO, 0, 0);
    /** Bytes per simulated TCP segment, for turning packet loss into a per-chunk probability. */
    public static final int SEGMENT_BYTES = 1448;

    public LinkShape {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative() || bytesPerSecond < 0 || loss < 0 || loss > 1) {
            throw new IllegalArgumentException("latency >= 0, bandwidth >= 0 and 0 <= loss <= 1 required");
        }
        if (bytesPerSecond > 0 && bytesPerSecond < 1024) {
            throw new IllegalArgumentException("a bandwidth below 1 KiB/s would stall the link's hellos");
        }
    }

    public boolean isNone() {
        return latency.isZero() && bytesPerSecond == 0 && loss == 0;
    }

    /** Linux's minimum retransmission timeout, or twice the round trip when that is longer. */
    public Duration retransmitTimeout() {
        Duration twoRtt = latency.multipliedBy(4);
        Duration min = Duration.ofMillis(200);
        return twoRtt.compareTo(min) > 0 ? twoRtt : min;
    }

    public LinkShape withLatency(Duration value) {
        return new LinkShape(value, bytesPerSecond, loss);
    }

    public LinkShape withBandwidth(long value) {
        return new LinkShape(latency, value, loss);
    }

    public LinkShape withLoss(double value) {
        return new LinkShape(latency, bytesPerSecond, value);
    }

    /** e.g. {@code latency 50ms, bandwidth 1048576 B/s, loss 1%}, or {@code none}. */
    public String describe() {
        if (isNone()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        if (!latency.isZero()) {
            sb.append("latency ").append(Quantities.format(latency));
        }
        if (bytesPerSecond > 0) {
            sb.append(sb.isEmpty() ? "" : ", ").append("bandwidth ").append(bytesPerSecond).append(" B/s");
        }
        if (loss > 0) {
            sb.append(sb.isEmpty() ? "" : ", ").append("loss ").append(Math.round(loss * 10000) / 100.0).append('%');
        }
        return sb.toString();
    }
}
