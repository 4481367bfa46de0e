package org.skupperdesigner.router.observe;

/** How a client connection ended, as seen at the router that accepted it. */
public enum FlowOutcome {
    /** Still open. */
    ACTIVE,
    /** Both directions closed normally. */
    COMPLETED,
    /** Client or target aborted (reset) the connection. */
    ABORTED,
    /** The connector's target refused; the client got a reset. */
    TARGET_REFUSED,
    /** No connector was reachable when the connection arrived. */
    NO_ROUTE,
    /** A link on the path went down; the client got a reset. */
    LINK_LOST,
    /** A router on the path broke the protocol. */
    PROTOCOL_ERROR,
    /** A router, listener or connector on the path was shut down. */
    SHUTDOWN
}
