package org.skupperdesigner.model.resource;

import java.util.Map;

/** A {@code Site} resource: a Skupper site (one per namespace); accepts links when link access is on. */
public record Site(ObjectMeta metadata, SiteSpec spec, Map<String, Object> extra) implements SkupperResource {

    public Site {
        java.util.Objects.requireNonNull(metadata, "metadata");
        java.util.Objects.requireNonNull(spec, "spec");
        extra = Values.orderedCopy(extra);
    }

    public Site(ObjectMeta metadata, SiteSpec spec) {
        this(metadata, spec, Map.of());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.SITE;
    }

    @Override
    public Site withMetadata(ObjectMeta newMetadata) {
        return new Site(newMetadata, spec, extra);
    }

    public Site withSpec(SiteSpec newSpec) {
        return new Site(metadata, newSpec, extra);
    }
}
