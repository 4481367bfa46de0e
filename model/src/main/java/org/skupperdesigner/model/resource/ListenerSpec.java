package org.skupperdesigner.model.resource;

import java.util.Map;

/** Listener spec; {@code type} defaults to tcp and {@code observer} to auto. */
public record ListenerSpec(String routingKey, String host, Integer port, String tlsCredentials, String type,
                           Boolean exposePodsByName, String observer, Map<String, String> settings,
                           Map<String, Object> unknown) {

    public ListenerSpec {
        settings = Values.sortedCopy(settings);
        unknown = Values.orderedCopy(unknown);
    }

    public static ListenerSpec of(String routingKey, String host, int port) {
        return new ListenerSpec(routingKey, host, port, null, null, null, null, Map.of(), Map.of());
    }

    public ListenerSpec withRoutingKey(String value) {
        return new ListenerSpec(value, host, port, tlsCredentials, type, exposePodsByName, observer, settings, unknown);
    }

    public ListenerSpec withHost(String value) {
        return new ListenerSpec(routingKey, value, port, tlsCredentials, type, exposePodsByName, observer, settings,
                unknown);
    }

    public ListenerSpec withPort(Integer value) {
        return new ListenerSpec(routingKey, host, value, tlsCredentials, type, exposePodsByName, observer, settings,
                unknown);
    }
}
