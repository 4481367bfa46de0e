package org.skupperdesigner.model.resource;

import java.util.Map;

/** AttachedConnectorBinding spec (site namespace side). */
public record AttachedConnectorBindingSpec(String connectorNamespace, String routingKey, Boolean exposePodsByName,
                                           Map<String, String> settings, Map<String, Object> unknown) {

    public AttachedConnectorBindingSpec {
        settings = Values.sortedCopy(settings);
        unknown = Values.orderedCopy(unknown);
    }
}
