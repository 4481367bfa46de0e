package org.skupperdesigner.model.resource;

import java.util.Map;

/** A RouterAccess role: {@code inter-router} (default port 55671) or {@code edge} (45671). */
public record RouterAccessRole(String name, Integer port, Map<String, Object> unknown) {

    public static final String INTER_ROUTER = "inter-router";
    public static final String EDGE = "edge";
    public static final int INTER_ROUTER_PORT = 55671;
    public static final int EDGE_PORT = 45671;

    public RouterAccessRole {
        unknown = Values.orderedCopy(unknown);
    }

    public RouterAccessRole(String name, Integer port) {
        this(name, port, Map.of());
    }

    public int effectivePort() {
        if (port != null && port != 0) {
            return port;
        }
        return EDGE.equals(name) ? EDGE_PORT : INTER_ROUTER_PORT;
    }
}
