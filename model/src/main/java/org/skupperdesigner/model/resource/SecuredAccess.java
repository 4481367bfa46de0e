package org.skupperdesigner.model.resource;

import java.util.Map;

/** A {@code SecuredAccess} resource: mostly controller-internal secured endpoint. */
public record SecuredAccess(ObjectMeta metadata, SecuredAccessSpec spec, Map<String, Object> extra) implements SkupperResource {

    public SecuredAccess {
        java.util.Objects.requireNonNull(metadata, "metadata");
        java.util.Objects.requireNonNull(spec, "spec");
        extra = Values.orderedCopy(extra);
    }

    public SecuredAccess(ObjectMeta metadata, SecuredAccessSpec spec) {
        this(metadata, spec, Map.of());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.SECURED_ACCESS;
    }

    @Override
    public SecuredAccess withMetadata(ObjectMeta newMetadata) {
        return new SecuredAccess(newMetadata, spec, extra);
    }

    public SecuredAccess withSpec(SecuredAccessSpec newSpec) {
        return new SecuredAccess(metadata, newSpec, extra);
    }
}
