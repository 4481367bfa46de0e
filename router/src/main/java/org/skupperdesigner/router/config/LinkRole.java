package org.skupperdesigner.router.config;

/** Role of a link, as in Skupper's RouterAccess roles. */
public enum LinkRole {
    /** Interior to interior; a routed graph edge with a cost. */
    INTER_ROUTER,
    /** Edge to interior; an uplink, never a transit edge. */
    EDGE
}
