package org.skupperdesigner.router.config;

import java.util.Objects;

/**
 * A client-facing TCP listener. Host defaults to 127.0.0.1; port 0 picks a free port once, which is kept across the
 * listener closing and reopening. {@code routingKey} is its key, or a multi-key listener's first; {@code strategy}
 * says how each connection's key is chosen (one key unless given).
 */
public record TcpListenerConfig(String name, String routingKey, String host, int port, KeyStrategy strategy) {
    public TcpListenerConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(routingKey, "routingKey");
        host = ConfigChecks.hostOrLoopback(host);
        ConfigChecks.port(port);
        strategy = strategy == null ? KeyStrategy.single(routingKey) : strategy;
    }

    /** A listener for one routing key. */
    public TcpListenerConfig(String name, String routingKey, String host, int port) {
        this(name, routingKey, host, port, null);
    }

    /** A multi-key listener: its first key names it in events until a connection's key is chosen. */
    public static TcpListenerConfig multiKey(String name, KeyStrategy strategy, String host, int port) {
        return new TcpListenerConfig(name, strategy.keys().get(0), host, port, strategy);
    }
}
