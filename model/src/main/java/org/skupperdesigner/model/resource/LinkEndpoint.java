package org.skupperdesigner.model.resource;

import java.util.Map;

/** One endpoint of a Link: {@code name} is the role ({@code inter-router} or {@code edge}); port is a string. */
public record LinkEndpoint(String name, String host, String port, String group, Map<String, Object> unknown) {

    public LinkEndpoint {
        unknown = Values.orderedCopy(unknown);
    }

    public LinkEndpoint(String name, String host, String port) {
        this(name, host, port, null, Map.of());
    }
}
