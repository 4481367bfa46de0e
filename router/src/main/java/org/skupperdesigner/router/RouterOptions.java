package org.skupperdesigner.router;

import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * How a router runs, as opposed to what it routes ({@code RouterConfig}). Defaults: hellos every 250 ms and
 * a neighbour lost after 1 s of silence (Skupper uses 1 s and 3 s; docs/decisions/0150 explains the
 * shorter default), reconnect after 2 s then every 5 s as in Skupper.
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
 * @param plainTcpLinks     TCP links without TLS when the config has no TLS material: for benchmarks that
 *                          compare plain and mutual-TLS links, never for a simulated network
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
        int eventQueueCapacity,
        boolean plainTcpLinks) {

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

    /**
     * Default hello interval: four hellos per dead interval, so a link that goes silent is declared dead
     * within about a second (DESIGN.md) while a loop that is a few hundred milliseconds late is tolerated.
     */
    public static final Duration DEFAULT_HELLO = Duration.ofMillis(250);
    /** Default dead interval (docs/decisions/0150): silence after which a link is declared dead. */
    public static final Duration DEFAULT_DEAD = Duration.ofSeconds(1);

    /** The options without {@code plainTcpLinks} (off), as before that option existed. */
    public RouterOptions(Transport transport, Duration helloInterval, Duration deadInterval,
                         List<Duration> reconnectBackoff, EventLoopGroup eventLoopGroup, Executor eventExecutor,
                         int streamWindowBytes, int flowHistoryLimit, boolean verifyHostname, TlsProvider tlsProvider,
                         int eventQueueCapacity) {
        this(transport, helloInterval, deadInterval, reconnectBackoff, eventLoopGroup, eventExecutor,
                streamWindowBytes, flowHistoryLimit, verifyHostname, tlsProvider, eventQueueCapacity, false);
    }

    public static RouterOptions defaults() {
        return new RouterOptions(Transport.TCP, DEFAULT_HELLO, DEFAULT_DEAD,
                List.of(Duration.ofSeconds(2), Duration.ofSeconds(5)), null, null, 256 * 1024, 10_000, true,
                TlsProvider.AUTO, 65_536);
    }

    public RouterOptions withTransport(Transport value) {
        return new RouterOptions(value, helloInterval, deadInterval, reconnectBackoff, eventLoopGroup, eventExecutor,
                streamWindowBytes, flowHistoryLimit, verifyHostname, tlsProvider, eventQueueCapacity, plainTcpLinks);
    }

    public RouterOptions withHello(Duration hello, Duration dead) {
        return new RouterOptions(transport, hello, dead, reconnectBackoff, eventLoopGroup, eventExecutor,
                streamWindowBytes, flowHistoryLimit, verifyHostname, tlsProvider, eventQueueCapacity, plainTcpLinks);
    }

    public RouterOptions withReconnectBackoff(List<Duration> value) {
        return new RouterOptions(transport, helloInterval, deadInterval, value, eventLoopGroup, eventExecutor,
                streamWindowBytes, flowHistoryLimit, verifyHostname, tlsProvider, eventQueueCapacity, plainTcpLinks);
    }

    public RouterOptions withEventLoopGroup(EventLoopGroup value) {
        return new RouterOptions(transport, helloInterval, deadInterval, reconnectBackoff, value, eventExecutor,
                streamWindowBytes, flowHistoryLimit, verifyHostname, tlsProvider, eventQueueCapacity, plainTcpLinks);
    }

    public RouterOptions withEventExecutor(Executor value) {
        return new RouterOptions(transport, helloInterval, deadInterval, reconnectBackoff, eventLoopGroup, value,
                streamWindowBytes, flowHistoryLimit, verifyHostname, tlsProvider, eventQueueCapacity, plainTcpLinks);
    }

    public RouterOptions withStreamWindowBytes(int value) {
        return new RouterOptions(transport, helloInterval, deadInterval, reconnectBackoff, eventLoopGroup, eventExecutor,
                value, flowHistoryLimit, verifyHostname, tlsProvider, eventQueueCapacity, plainTcpLinks);
    }

    public RouterOptions withFlowHistoryLimit(int value) {
        return new RouterOptions(transport, helloInterval, deadInterval, reconnectBackoff, eventLoopGroup, eventExecutor,
                streamWindowBytes, value, verifyHostname, tlsProvider, eventQueueCapacity, plainTcpLinks);
    }

    public RouterOptions withVerifyHostname(boolean value) {
        return new RouterOptions(transport, helloInterval, deadInterval, reconnectBackoff, eventLoopGroup, eventExecutor,
                streamWindowBytes, flowHistoryLimit, value, tlsProvider, eventQueueCapacity, plainTcpLinks);
    }

    public RouterOptions withTlsProvider(TlsProvider value) {
        return new RouterOptions(transport, helloInterval, deadInterval, reconnectBackoff, eventLoopGroup, eventExecutor,
                streamWindowBytes, flowHistoryLimit, verifyHostname, value, eventQueueCapacity, plainTcpLinks);
    }

    /** Benchmarks only: TCP links without TLS for routers whose config has no TLS material. */
    public RouterOptions withPlainTcpLinks(boolean value) {
        return new RouterOptions(transport, helloInterval, deadInterval, reconnectBackoff, eventLoopGroup, eventExecutor,
                streamWindowBytes, flowHistoryLimit, verifyHostname, tlsProvider, eventQueueCapacity, value);
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
