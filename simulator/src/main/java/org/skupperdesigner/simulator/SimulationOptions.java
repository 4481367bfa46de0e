package org.skupperdesigner.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.skupperdesigner.router.RouterEventLoops;
import org.skupperdesigner.router.TlsProvider;
import org.skupperdesigner.router.Transport;

/**
 * How a simulation runs (as opposed to what it runs, the design).
 *
 * @param transport        TCP: links are real sockets on loopback with mutual TLS from a per-network CA;
 *                         LOCAL: links are in-JVM channels (hundreds of sites, no sockets for links)
 * @param localTls         with LOCAL, still run mutual TLS over the in-JVM links
 * @param helloInterval    router hello period (Skupper: 1 s)
 * @param deadInterval     silence after which a link is declared dead (Skupper: 3 s)
 * @param reconnectBackoff delays before successive link reconnect attempts (Skupper: 2 s, then 5 s)
 * @param routerThreads    event loop threads shared by all routers
 * @param tlsProvider      TLS implementation of links
 * @param flowHistoryLimit finished flow records kept per router
 */
public record SimulationOptions(Transport transport, boolean localTls, Duration helloInterval, Duration deadInterval,
                                List<Duration> reconnectBackoff, int routerThreads, TlsProvider tlsProvider,
                                int flowHistoryLimit) {
    public SimulationOptions {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(helloInterval, "helloInterval");
        Objects.requireNonNull(deadInterval, "deadInterval");
        Objects.requireNonNull(tlsProvider, "tlsProvider");
        reconnectBackoff = List.copyOf(reconnectBackoff);
        if (routerThreads < 1) {
            throw new IllegalArgumentException("routerThreads must be >= 1");
        }
    }

    /** Skupper's timers, TCP links with mutual TLS. */
    public static SimulationOptions defaults() {
        return new SimulationOptions(Transport.TCP, false, Duration.ofSeconds(1), Duration.ofSeconds(3),
                List.of(Duration.ofSeconds(2), Duration.ofSeconds(5)), RouterEventLoops.defaultThreads(),
                TlsProvider.AUTO, 10_000);
    }

    /** Ten times faster timers (100 ms hellos, 400 ms dead interval, quick reconnects): for tests and demos. */
    public static SimulationOptions fast() {
        return defaults().withTimers(Duration.ofMillis(100), Duration.ofMillis(400),
                List.of(Duration.ofMillis(100), Duration.ofMillis(250)));
    }

    public SimulationOptions withTransport(Transport value) {
        return new SimulationOptions(value, localTls, helloInterval, deadInterval, reconnectBackoff, routerThreads,
                tlsProvider, flowHistoryLimit);
    }

    public SimulationOptions withLocalTls(boolean value) {
        return new SimulationOptions(transport, value, helloInterval, deadInterval, reconnectBackoff, routerThreads,
                tlsProvider, flowHistoryLimit);
    }

    public SimulationOptions withTimers(Duration hello, Duration dead, List<Duration> backoff) {
        return new SimulationOptions(transport, localTls, hello, dead, backoff, routerThreads, tlsProvider,
                flowHistoryLimit);
    }

    public SimulationOptions withRouterThreads(int value) {
        return new SimulationOptions(transport, localTls, helloInterval, deadInterval, reconnectBackoff, value,
                tlsProvider, flowHistoryLimit);
    }

    public SimulationOptions withTlsProvider(TlsProvider value) {
        return new SimulationOptions(transport, localTls, helloInterval, deadInterval, reconnectBackoff, routerThreads,
                value, flowHistoryLimit);
    }

    /** Whether links use mutual TLS. */
    public boolean tls() {
        return transport == Transport.TCP || localTls;
    }
}
