package org.skupperdesigner.model.resource;

import java.util.Map;

/** Connector spec: exactly one of host or selector on Kubernetes; host on system sites. */
public record ConnectorSpec(String routingKey, Integer port, String selector, String host, String tlsCredentials,
                            Boolean useClientCert, Boolean verifyHostname, String type, Boolean includeNotReadyPods,
                            Boolean exposePodsByName, Map<String, String> settings, Map<String, Object> unknown) {

    public ConnectorSpec {
        settings = Values.sortedCopy(settings);
        unknown = Values.orderedCopy(unknown);
    }

    public static ConnectorSpec ofHost(String routingKey, String host, int port) {
        return new ConnectorSpec(routingKey, port, null, host, null, null, null, null, null, null, Map.of(), Map.of());
    }

    public static ConnectorSpec ofSelector(String routingKey, String selector, int port) {
        return new ConnectorSpec(routingKey, port, selector, null, null, null, null, null, null, null, Map.of(),
                Map.of());
    }

    public ConnectorSpec withRoutingKey(String value) {
        return new ConnectorSpec(value, port, selector, host, tlsCredentials, useClientCert, verifyHostname, type,
                includeNotReadyPods, exposePodsByName, settings, unknown);
    }

    public ConnectorSpec withPort(Integer value) {
        return new ConnectorSpec(routingKey, value, selector, host, tlsCredentials, useClientCert, verifyHostname,
                type, includeNotReadyPods, exposePodsByName, settings, unknown);
    }

    public ConnectorSpec withHost(String value) {
        return new ConnectorSpec(routingKey, port, selector, value, tlsCredentials, useClientCert, verifyHostname,
                type, includeNotReadyPods, exposePodsByName, settings, unknown);
    }

    public ConnectorSpec withSelector(String value) {
        return new ConnectorSpec(routingKey, port, value, host, tlsCredentials, useClientCert, verifyHostname, type,
                includeNotReadyPods, exposePodsByName, settings, unknown);
    }
}
