package org.skupperdesigner.router.config;

import java.util.Objects;

/** A link this router dials (Skupper's Link resource). Cost only matters for the inter-router role. */
public record OutgoingLinkConfig(String name, String host, int port, LinkRole role, int cost) {
    public OutgoingLinkConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        host = ConfigChecks.hostOrLoopback(host);
        ConfigChecks.port(port);
        if (port == 0) {
            throw new IllegalArgumentException("outgoing link " + name + " needs a peer port");
        }
        if (cost < 1) {
            throw new IllegalArgumentException("link cost must be >= 1, was " + cost);
        }
    }

    public OutgoingLinkConfig(String name, String host, int port, LinkRole role) {
        this(name, host, port, role, 1);
    }
}
