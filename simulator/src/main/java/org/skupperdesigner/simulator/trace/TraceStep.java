package org.skupperdesigner.simulator.trace;

import java.time.Duration;

/**
 * One step of a connection's journey, in order.
 *
 * @param index     0-based position
 * @param kind      what happens
 * @param elementId the design element involved: {@code site/west}, {@code link/east-to-west},
 *                  {@code west/Listener/backend}, {@code east/Connector/backend}
 * @param at        when, since the client started connecting; null when the router does not time that step
 * @param text      one line for people
 */
public record TraceStep(int index, Kind kind, String elementId, Duration at, String text) {
    /** Kinds of step, in the order they normally happen. */
    public enum Kind {
        /** The client opens a TCP connection to the listener's address. */
        CLIENT_CONNECT,
        /** The listener's router accepts it. */
        LISTENER_ACCEPT,
        /** A router picks where the connection goes (balancing, reference E.2). */
        ROUTING_DECISION,
        /** The connection crosses a link to the next router. */
        LINK_HOP,
        /** The last router opens a connection to the connector's target. */
        CONNECTOR_CONNECT,
        /** The workload serves it. */
        WORKLOAD,
        /** The client has its answer. */
        RESPONSE,
        /** The connection is closed and how it ended. */
        CLOSED,
        /** Something went wrong on the way. */
        FAILURE
    }
}
