package org.skupperdesigner.model.resource;

import java.util.List;
import java.util.Map;

/** Link spec. Cost below 1 is treated as 1 by Skupper. */
public record LinkSpec(List<LinkEndpoint> endpoints, String tlsCredentials, Integer cost, Map<String, String> settings,
                       Map<String, Object> unknown) {

    public LinkSpec {
        endpoints = Values.listCopy(endpoints);
        settings = Values.sortedCopy(settings);
        unknown = Values.orderedCopy(unknown);
    }

    public int effectiveCost() {
        return cost == null || cost < 1 ? 1 : cost;
    }
}
