package org.skupperdesigner.router;

import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * How a router runs, as opposed to what it routes ({@code RouterConfig}). Defaults follow Skupper: 1 s
 * hellos, neighbour lost after 3 s of silence, reconnect after 2 s then every 5 s.
 *
 * @param transport         link transport
 * @param helloInterval     time between HELLO frames on each link
 * @param deadInterval      silence after which a link is declared dead
 * @param reconnectBackoff  delays before successive reconnect attempts; the last one repeats
 * @param eventLoopGroup    shared group (see {@link RouterEventLoops#newGroup}), or null for one owned by the router
 * @param eventExecutor     where event subscribers are called, or null for one thread owned by the router
 * @param streamWindowBytes per-stream, per-direction flow-control window in bytes
 * @param flowHistoryLimit  finished flow records kept per router
 * @param verifyHostname    whether the dialling side checks the peer certificate's host name
 * @param tlsProvider       TLS implementation for links
 * @param eventQueueCapacity events buffered per subscriber before dropping
 */
public record RouterOptions(
        Transport transport,
        Duration helloInterval,
        Duration deadInterval,
        List<Duration> reconnectBackoff,
        EventLoopGroup eventLoopGroup,
        Executor eventExecutor,
        int streamWindowBytes,
        int flowHistoryLimit,
        boolean verifyHostname,
        TlsProvider tlsProvider,
        int eventQueueCapacity) {

    public RouterOptions {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(tlsProvider, "tlsProvider");
        positive(helloInterval, "helloInterval");
        positive(deadInterval, "deadInterval");
        reconnectBackoff = List.copyOf(reconnectBackoff);
        if (reconnectBackoff.isEmpty()) {
            throw new IllegalArgumentException("reconnectBackoff needs at least one delay");
        }
        reconnectBackoff.forEach(delay -> positive(delay, "reconnectBackoff"));
        if (streamWindowBytes < 16 * 1024) {
            throw new IllegalArgumentException("streamWindowBytes must be >= 16 KiB");
        }
        if (eventQueueCapacity < 1 || flowHistoryLimit < 0) {
            throw new IllegalArgumentException("eventQueueCapacity >= 1 and flowHistoryLimit >= 0 required");
        }
    }

    public static RouterOptions defaults() {
        return new RouterOptions(Transport.TCP, Duration.ofSeconds(1), Duration.ofSeconds(3),
                List.of(Duration.ofSeconds(2), Duration.ofSeconds(5)), null, null, 256 * 1024, 10_000, true,
                TlsProvider.AUTO, 65_536);
    }

    public RouterOptions withTransport(Transport value) {
        return new RouterOptions(value, helloInterval, deadInterval, reconnectBackoff, eventLoopGroup, eventExecutor,
                streamWindowBytes, flowHistoryLimit, verifyHostname, tlsProvider, eventQueueCapacity);
    }

    public RouterOptions withHello(Duration hello, Duration dead) {
        return new RouterOptions(transport, hello, dead, reconnectBackoff, eventLoopGroup, eventExecutor,
                streamWindowBytes, flowHistoryLimit, verifyHostname, tlsProvider, eventQueueCapacity);
    }

    public RouterOptions withReconnectBackoff(List<Duration> value) {
        return new RouterOptions(transport, helloInterval, deadInterval, value, eventLoopGroup, eventExecutor,
                streamWindowBytes, flowHistoryLimit, verifyHostname, tlsProvider, eventQueueCapacity);
    }

    public RouterOptions withEventLoopGroup(EventLoopGroup value) {
        return new RouterOptions(transport, helloInterval, deadInterval, reconnectBackoff, value, eventExecutor,
                streamWindowBytes, flowHistoryLimit, verifyHostname, tlsProvider, eventQueueCapacity);
    }

    public RouterOptions withEventExecutor(Executor value) {
        return new RouterOptions(transport, helloInterval, deadInterval, reconnectBackoff, eventLoopGroup, value,
                streamWindowBytes, flowHistoryLimit, verifyHostname, tlsProvider, eventQueueCapacity);
    }

    public RouterOptions withStreamWindowBytes(int value) {
        return new RouterOptions(transport, helloInterval, deadInterval, reconnectBackoff, eventLoopGroup, eventExecutor,
                value, flowHistoryLimit, verifyHostname, tlsProvider, eventQueueCapacity);
    }

    public RouterOptions withFlowHistoryLimit(int value) {
        return new RouterOptions(transport, helloInterval, deadInterval, reconnectBackoff, eventLoopGroup, eventExecutor,
                streamWindowBytes, value, verifyHostname, tlsProvider, eventQueueCapacity);
    }

    public RouterOptions withVerifyHostname(boolean value) {
        return new RouterOptions(transport, helloInterval, deadInterval, reconnectBackoff, eventLoopGroup, eventExecutor,
                streamWindowBytes, flowHistoryLimit, value, tlsProvider, eventQueueCapacity);
    }

    public RouterOptions withTlsProvider(TlsProvider value) {
        return new RouterOptions(transport, helloInterval, deadInterval, reconnectBackoff, eventLoopGroup, eventExecutor,
                streamWindowBytes, flowHistoryLimit, verifyHostname, value, eventQueueCapacity);
    }

    /** Delay before reconnect attempt {@code attempt} (0-based). */
    public Duration reconnectDelay(int attempt) {
        return reconnectBackoff.get(Math.min(attempt, reconnectBackoff.size() - 1));
    }

    private static void positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
