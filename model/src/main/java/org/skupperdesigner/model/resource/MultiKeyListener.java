package org.skupperdesigner.model.resource;

import java.util.Map;

/** A {@code MultiKeyListener} resource: one listener choosing among routing keys by priority or weight. */
public record MultiKeyListener(ObjectMeta metadata, MultiKeyListenerSpec spec, Map<String, Object> extra) implements SkupperResource {

    public MultiKeyListener {
        java.util.Objects.requireNonNull(metadata, "metadata");
        java.util.Objects.requireNonNull(spec, "spec");
        extra = Values.orderedCopy(extra);
    }

    public MultiKeyListener(ObjectMeta metadata, MultiKeyListenerSpec spec) {
        this(metadata, spec, Map.of());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.MULTI_KEY_LISTENER;
    }

    @Override
    public MultiKeyListener withMetadata(ObjectMeta newMetadata) {
        return new MultiKeyListener(newMetadata, spec, extra);
    }

    public MultiKeyListener withSpec(MultiKeyListenerSpec newSpec) {
        return new MultiKeyListener(metadata, newSpec, extra);
    }
}
