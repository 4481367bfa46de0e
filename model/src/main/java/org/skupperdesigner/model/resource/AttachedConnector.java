package org.skupperdesigner.model.resource;

import java.util.Map;

/** A {@code AttachedConnector} resource in a workload namespace without a site (Kubernetes only). */
public record AttachedConnector(ObjectMeta metadata, AttachedConnectorSpec spec, Map<String, Object> extra) implements SkupperResource {

    public AttachedConnector {
        java.util.Objects.requireNonNull(metadata, "metadata");
        java.util.Objects.requireNonNull(spec, "spec");
        extra = Values.orderedCopy(extra);
    }

    public AttachedConnector(ObjectMeta metadata, AttachedConnectorSpec spec) {
        this(metadata, spec, Map.of());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.ATTACHED_CONNECTOR;
    }

    @Override
    public AttachedConnector withMetadata(ObjectMeta newMetadata) {
        return new AttachedConnector(newMetadata, spec, extra);
    }

    public AttachedConnector withSpec(AttachedConnectorSpec newSpec) {
        return new AttachedConnector(metadata, newSpec, extra);
    }
}
