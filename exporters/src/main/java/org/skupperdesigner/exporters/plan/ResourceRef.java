package org.skupperdesigner.exporters.plan;

import java.util.Map;
import java.util.Objects;

/**
 * Names one object on a platform: kind, namespace (null for cluster-scoped kinds) and name.
 *
 * @param kind      Kubernetes kind ({@code Site}, {@code Secret}, {@code Namespace}, ...)
 * @param namespace namespace, or null
 * @param name      object name
 */
public record ResourceRef(String kind, String namespace, String name) implements Comparable<ResourceRef> {

    public ResourceRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** The reference of a plain Kubernetes object map (kind, metadata.namespace, metadata.name). */
    @SuppressWarnings("unchecked")
    public static ResourceRef of(Map<String, Object> object) {
        Map<String, Object> meta = (Map<String, Object>) object.getOrDefault("metadata", Map.of());
        return new ResourceRef(String.valueOf(object.get("kind")), (String) meta.get("namespace"),
                String.valueOf(meta.get("name")));
    }

    /** {@code Kind/name}, as people read it. */
    public String display() {
        return kind + "/" + name;
    }

    @Override
    public int compareTo(ResourceRef o) {
        return display().compareTo(o.display());
    }

    @Override
    public String toString() {
        return namespace == null ? display() : namespace + "/" + display();
    }
}
