package org.skupperdesigner.simulator;

/**
 * Where a design's listener can be reached in the simulation: {@code west/backend:8080 -> 127.0.0.1:41234}.
 *
 * @param listenerId  {@code site/listener}
 * @param routingKey  its routing key
 * @param designHost  the host the design gives it (a Service name on Kubernetes), may be null
 * @param designPort  the port the design gives it, may be null
 * @param host        loopback address clients use in the simulation
 * @param port        loopback port (kept across site restarts)
 */
public record ListenerAddress(String listenerId, String routingKey, String designHost, Integer designPort,
                              String host, int port) {
    /** {@code west/backend:8080 -> 127.0.0.1:41234}. */
    public String describe() {
        return listenerId + (designPort == null ? "" : ":" + designPort) + " -> " + host + ":" + port;
    }
}
