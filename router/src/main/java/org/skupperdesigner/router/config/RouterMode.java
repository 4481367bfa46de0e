package org.skupperdesigner.router.config;

/** Skupper router modes: interior routers form the routed core, edge routers hang off one interior uplink. */
public enum RouterMode {
    INTERIOR,
    EDGE
}
