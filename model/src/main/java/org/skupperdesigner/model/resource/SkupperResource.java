package org.skupperdesigner.model.resource;

import java.util.Map;

/**
 * One resource of a site: a Skupper custom resource or a core Secret. Immutable.
 *
 * <p>{@link #extra()} holds top-level fields the model does not interpret ({@code status}, fields of future
 * versions); they are written back unchanged so a round trip loses nothing.
 */
public sealed interface SkupperResource
        permits Site, Link, Listener, Connector, AccessGrant, AccessToken, RouterAccess, AttachedConnector,
        AttachedConnectorBinding, MultiKeyListener, SecuredAccess, Certificate, Secret {

    ResourceKind kind();

    ObjectMeta metadata();

    Map<String, Object> extra();

    /** The same resource with other metadata (rename, namespace, labels). */
    SkupperResource withMetadata(ObjectMeta metadata);

    default String name() {
        return metadata().name();
    }

    /** {@code Kind/name}, unique within a site. */
    default String kindAndName() {
        return kind().kind() + "/" + name();
    }

    default SkupperResource withName(String name) {
        return withMetadata(metadata().withName(name));
    }
}
