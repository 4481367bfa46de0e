package org.skupperdesigner.router.config;

import java.util.Objects;

/** A TCP connector: the router opens connections to host:port for flows routed to its key. */
public record TcpConnectorConfig(String name, String routingKey, String host, int port) {
    public TcpConnectorConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(routingKey, "routingKey");
        host = ConfigChecks.hostOrLoopback(host);
        ConfigChecks.port(port);
        if (port == 0) {
            throw new IllegalArgumentException("connector " + name + " needs a target port");
        }
    }
}
