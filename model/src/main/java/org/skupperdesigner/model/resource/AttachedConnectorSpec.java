package org.skupperdesigner.model.resource;

import java.util.Map;

/** AttachedConnector spec (workload namespace side). */
public record AttachedConnectorSpec(String siteNamespace, Integer port, String selector, String tlsCredentials,
                                    Boolean useClientCert, String type, Boolean includeNotReadyPods,
                                    Map<String, String> settings, Map<String, Object> unknown) {

    public AttachedConnectorSpec {
        settings = Values.sortedCopy(settings);
        unknown = Values.orderedCopy(unknown);
    }
}
