package org.skupperdesigner.model.resource;

import java.util.Map;

/** A {@code AccessGrant} resource in the accepting site: permission to redeem tokens for links. */
public record AccessGrant(ObjectMeta metadata, AccessGrantSpec spec, Map<String, Object> extra) implements SkupperResource {

    public AccessGrant {
        java.util.Objects.requireNonNull(metadata, "metadata");
        java.util.Objects.requireNonNull(spec, "spec");
        extra = Values.orderedCopy(extra);
    }

    public AccessGrant(ObjectMeta metadata, AccessGrantSpec spec) {
        this(metadata, spec, Map.of());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.ACCESS_GRANT;
    }

    @Override
    public AccessGrant withMetadata(ObjectMeta newMetadata) {
        return new AccessGrant(newMetadata, spec, extra);
    }

    public AccessGrant withSpec(AccessGrantSpec newSpec) {
        return new AccessGrant(metadata, newSpec, extra);
    }
}
