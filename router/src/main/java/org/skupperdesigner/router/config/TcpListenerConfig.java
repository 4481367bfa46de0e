package org.skupperdesigner.router.config;

import java.util.Objects;

/**
 * A client-facing TCP listener for a routing key. Host defaults to 127.0.0.1; port 0 picks a free port once,
 * which is kept across the listener closing and reopening.
 */
public record TcpListenerConfig(String name, String routingKey, String host, int port) {
    public TcpListenerConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(routingKey, "routingKey");
        host = ConfigChecks.hostOrLoopback(host);
        ConfigChecks.port(port);
    }
}
