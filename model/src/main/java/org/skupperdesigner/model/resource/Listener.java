package org.skupperdesigner.model.resource;

import java.util.Map;

/** A {@code Listener} resource: where clients connect; pairs with connectors of the same routing key. */
public record Listener(ObjectMeta metadata, ListenerSpec spec, Map<String, Object> extra) implements SkupperResource {

    public Listener {
        java.util.Objects.requireNonNull(metadata, "metadata");
        java.util.Objects.requireNonNull(spec, "spec");
        extra = Values.orderedCopy(extra);
    }

    public Listener(ObjectMeta metadata, ListenerSpec spec) {
        this(metadata, spec, Map.of());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.LISTENER;
    }

    @Override
    public Listener withMetadata(ObjectMeta newMetadata) {
        return new Listener(newMetadata, spec, extra);
    }

    public Listener withSpec(ListenerSpec newSpec) {
        return new Listener(metadata, newSpec, extra);
    }
}
