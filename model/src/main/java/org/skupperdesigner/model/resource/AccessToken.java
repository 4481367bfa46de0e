package org.skupperdesigner.model.resource;

import java.util.Map;

/** A {@code AccessToken} resource in the dialing site: redeemed against a grant for a Secret and Link. */
public record AccessToken(ObjectMeta metadata, AccessTokenSpec spec, Map<String, Object> extra) implements SkupperResource {

    public AccessToken {
        java.util.Objects.requireNonNull(metadata, "metadata");
        java.util.Objects.requireNonNull(spec, "spec");
        extra = Values.orderedCopy(extra);
    }

    public AccessToken(ObjectMeta metadata, AccessTokenSpec spec) {
        this(metadata, spec, Map.of());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.ACCESS_TOKEN;
    }

    @Override
    public AccessToken withMetadata(ObjectMeta newMetadata) {
        return new AccessToken(newMetadata, spec, extra);
    }

    public AccessToken withSpec(AccessTokenSpec newSpec) {
        return new AccessToken(metadata, newSpec, extra);
    }
}
