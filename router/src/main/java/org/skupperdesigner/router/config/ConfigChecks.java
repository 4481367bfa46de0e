package org.skupperdesigner.router.config;

final class ConfigChecks {
    static final String LOOPBACK = "127.0.0.1";

    private ConfigChecks() {
    }

    static String hostOrLoopback(String host) {
        return host == null || host.isBlank() ? LOOPBACK : host;
    }

    static void port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }
}
