package org.skupperdesigner.model.resource;

import java.util.Map;

/** A {@code Certificate} resource: mostly controller-internal certificate request. */
public record Certificate(ObjectMeta metadata, CertificateSpec spec, Map<String, Object> extra) implements SkupperResource {

    public Certificate {
        java.util.Objects.requireNonNull(metadata, "metadata");
        java.util.Objects.requireNonNull(spec, "spec");
        extra = Values.orderedCopy(extra);
    }

    public Certificate(ObjectMeta metadata, CertificateSpec spec) {
        this(metadata, spec, Map.of());
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.CERTIFICATE;
    }

    @Override
    public Certificate withMetadata(ObjectMeta newMetadata) {
        return new Certificate(newMetadata, spec, extra);
    }

    public Certificate withSpec(CertificateSpec newSpec) {
        return new Certificate(metadata, newSpec, extra);
    }
}
