package org.skupperdesigner.router.config;

import java.util.Objects;

/**
 * Where this router accepts links of one role. Port 0 picks a free port (see
 * {@code RouterRuntime.linkAcceptorPort}).
 */
public record LinkAcceptorConfig(String name, LinkRole role, String host, int port) {
    public LinkAcceptorConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        host = ConfigChecks.hostOrLoopback(host);
        ConfigChecks.port(port);
    }
}
