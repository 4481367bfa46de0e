package org.skupperdesigner.model.resource;

import java.util.Map;

/** A {@code Connector} resource: the server side of a routing key, by host or pod selector. */
public record Connector(ObjectMeta metadata, ConnectorSpec spec, Map<String, Object> extra) implements SkupperResource {

    public Connector {
        java.util.Objects.requireNonNull(metadata, "metadata");
        java.util.Objects.requireNonNull(spec, "spec");
        extra = Values.orderedCopy(extra);
    }

    public Connector(ObjectMeta metadata, ConnectorSpec spec) {
        this(metadata, spec, Map.of());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.CONNECTOR;
    }

    @Override
    public Connector withMetadata(ObjectMeta newMetadata) {
        return new Connector(newMetadata, spec, extra);
    }

    public Connector withSpec(ConnectorSpec newSpec) {
        return new Connector(metadata, newSpec, extra);
    }
}
