package org.skupperdesigner.simulator.traffic;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.skupperdesigner.simulator.settings.SettingsReader;

/**
 * Simulation-only settings of the traffic sent to one listener. Each request is one new connection, the unit
 * Skupper balances.
 *
 * @param rate         new connections per second; 0 = as fast as {@code concurrency} allows
 * @param concurrency  most connections open at once
 * @param requestSize  bytes the client sends per connection (HTTP: request body)
 * @param responseSize HTTP: response body size asked of the server; TCP: ignored (the workload decides)
 * @param protocol     TCP or HTTP
 * @param start        when the generator starts, from the start of the run
 * @param duration     how long it runs; null = until the run ends
 * @param timeout      a request taking longer is abandoned and counted as an error
 */
public record TrafficSpec(double rate, int concurrency, long requestSize, long responseSize, Protocol protocol,
                          Duration start, Duration duration, Duration timeout) {

    public static final TrafficSpec DEFAULT = new TrafficSpec(20, 4, 1024, 1024, Protocol.TCP, Duration.ZERO, null,
            Duration.ofSeconds(5));

    static final Set<String> KEYS = Set.of("rate", "concurrency", "requestSize", "responseSize", "protocol", "start",
            "duration", "timeout");

    public TrafficSpec {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(timeout, "timeout");
        if (rate < 0 || concurrency < 1 || requestSize < 0 || responseSize < 0) {
            throw new IllegalArgumentException("rate >= 0, concurrency >= 1 and sizes >= 0 required");
        }
    }

    public TrafficSpec withRate(double value) {
        return new TrafficSpec(value, concurrency, requestSize, responseSize, protocol, start, duration, timeout);
    }

    public TrafficSpec withConcurrency(int value) {
        return new TrafficSpec(rate, value, requestSize, responseSize, protocol, start, duration, timeout);
    }

    public TrafficSpec withProtocol(Protocol value) {
        return new TrafficSpec(rate, concurrency, requestSize, responseSize, value, start, duration, timeout);
    }

    public TrafficSpec withSizes(long request, long response) {
        return new TrafficSpec(rate, concurrency, request, response, protocol, start, duration, timeout);
    }

    public TrafficSpec withDuration(Duration value) {
        return new TrafficSpec(rate, concurrency, requestSize, responseSize, protocol, start, value, timeout);
    }

    /** Reads one traffic map; fields left out keep {@code base}'s values. */
    public static TrafficSpec read(SettingsReader r, TrafficSpec base) {
        double rate = r.number("rate", base.rate(), 0, 1_000_000);
        int concurrency = r.integer("concurrency", base.concurrency(), 1, 10_000);
        long requestSize = r.bytes("requestSize", base.requestSize());
        long responseSize = r.bytes("responseSize", base.responseSize());
        Protocol protocol = r.choice("protocol", base.protocol(), Protocol::ofId, "tcp, http");
        Duration start = r.duration("start", base.start());
        Duration duration = r.duration("duration", base.duration());
        Duration timeout = r.duration("timeout", base.timeout());
        if (timeout.isZero()) {
            r.error("timeout", r.child("timeout") + " must be more than 0", "write e.g. 5s");
            timeout = base.timeout();
        }
        r.warnUnknown(KEYS);
        return new TrafficSpec(rate, concurrency, requestSize, responseSize, protocol, start, duration, timeout);
    }
}
