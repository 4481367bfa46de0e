package org.skupperdesigner.model.resource;

import java.util.Map;

/** A {@code RouterAccess} resource: the link access endpoint of a site (roles and ports). */
public record RouterAccess(ObjectMeta metadata, RouterAccessSpec spec, Map<String, Object> extra) implements SkupperResource {

    public RouterAccess {
        java.util.Objects.requireNonNull(metadata, "metadata");
        java.util.Objects.requireNonNull(spec, "spec");
        extra = Values.orderedCopy(extra);
    }

    public RouterAccess(ObjectMeta metadata, RouterAccessSpec spec) {
        this(metadata, spec, Map.of());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.ROUTER_ACCESS;
    }

    @Override
    public RouterAccess withMetadata(ObjectMeta newMetadata) {
        return new RouterAccess(newMetadata, spec, extra);
    }

    public RouterAccess withSpec(RouterAccessSpec newSpec) {
        return new RouterAccess(metadata, newSpec, extra);
    }
}
