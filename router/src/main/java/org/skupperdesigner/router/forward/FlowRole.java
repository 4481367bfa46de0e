package org.skupperdesigner.router.forward;

/** This router's part in a flow. */
enum FlowRole {
    /** Accepted the client at one of its listeners. */
    INGRESS,
    /** Received the flow on a link and passed it on or served it. */
    RELAYED
}
