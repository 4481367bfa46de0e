package org.skupperdesigner.model.resource;

import java.util.Map;

/** A {@code AttachedConnectorBinding} resource in the site namespace, pairing with an AttachedConnector. */
public record AttachedConnectorBinding(ObjectMeta metadata, AttachedConnectorBindingSpec spec, Map<String, Object> extra) implements SkupperResource {

    public AttachedConnectorBinding {
        java.util.Objects.requireNonNull(metadata, "metadata");
        java.util.Objects.requireNonNull(spec, "spec");
        extra = Values.orderedCopy(extra);
    }

    public AttachedConnectorBinding(ObjectMeta metadata, AttachedConnectorBindingSpec spec) {
        this(metadata, spec, Map.of());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.ATTACHED_CONNECTOR_BINDING;
    }

    @Override
    public AttachedConnectorBinding withMetadata(ObjectMeta newMetadata) {
        return new AttachedConnectorBinding(newMetadata, spec, extra);
    }

    public AttachedConnectorBinding withSpec(AttachedConnectorBindingSpec newSpec) {
        return new AttachedConnectorBinding(metadata, newSpec, extra);
    }
}
