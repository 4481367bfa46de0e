package org.skupperdesigner.model.resource;

import java.util.Map;

/** A {@code Link} resource: lives in the dialing site and names the accepting site's endpoints. */
public record Link(ObjectMeta metadata, LinkSpec spec, Map<String, Object> extra) implements SkupperResource {

    public Link {
        java.util.Objects.requireNonNull(metadata, "metadata");
        java.util.Objects.requireNonNull(spec, "spec");
        extra = Values.orderedCopy(extra);
    }

    public Link(ObjectMeta metadata, LinkSpec spec) {
        this(metadata, spec, Map.of());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.LINK;
    }

    @Override
    public Link withMetadata(ObjectMeta newMetadata) {
        return new Link(newMetadata, spec, extra);
    }

    public Link withSpec(LinkSpec newSpec) {
        return new Link(metadata, newSpec, extra);
    }
}
