package org.skupperdesigner.model.validation.support;

import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * One end of a routing key in one site: a consumer (Listener, or one key of a MultiKeyListener) or a provider
 * (Connector, or an AttachedConnectorBinding paired with its AttachedConnector).
 *
 * @param role       consumer or provider
 * @param siteId     the site holding it
 * @param elementId  its element id
 * @param resource   the resource
 * @param routingKey the key it serves or consumes
 */
public record ServiceEndpoint(Role role, String siteId, String elementId, SkupperResource resource,
                              String routingKey) {

    /** Which side of a routing key. */
    public enum Role { LISTENER, CONNECTOR }

    public boolean isListener() {
        return role == Role.LISTENER;
    }

    /** The field that holds the key: {@code spec.routingKey}, or a MultiKeyListener's {@code spec.strategy}. */
    public String keyField() {
        return keyFieldOf(resource);
    }

    /** The field of {@code resource} that holds its routing key or keys. */
    public static String keyFieldOf(SkupperResource resource) {
        return resource instanceof MultiKeyListener ? "spec.strategy" : "spec.routingKey";
    }

    /** {@code Kind/name} for messages. */
    public String label() {
        return resource.kindAndName() + " in site " + siteId;
    }
}
