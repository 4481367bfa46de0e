package org.skupperdesigner.model.resource;

import java.util.Map;
import java.util.Objects;

/**
 * The part of {@code metadata} the model uses. Anything else found under {@code metadata} (uid, ownerReferences,
 * resourceVersion, ...) is kept in {@code unknown} and written back unchanged.
 */
public record ObjectMeta(String name, String namespace, Map<String, String> labels, Map<String, String> annotations,
                         Map<String, Object> unknown) {

    public ObjectMeta {
        Objects.requireNonNull(name, "name");
        labels = Values.sortedCopy(labels);
        annotations = Values.sortedCopy(annotations);
        unknown = Values.orderedCopy(unknown);
    }

    public static ObjectMeta named(String name) {
        return new ObjectMeta(name, null, Map.of(), Map.of(), Map.of());
    }

    public ObjectMeta withName(String newName) {
        return new ObjectMeta(newName, namespace, labels, annotations, unknown);
    }

    public ObjectMeta withNamespace(String newNamespace) {
        return new ObjectMeta(name, newNamespace, labels, annotations, unknown);
    }

    public ObjectMeta withLabel(String key, String value) {
        return new ObjectMeta(name, namespace, Values.with(labels, key, value), annotations, unknown);
    }

    public ObjectMeta withAnnotation(String key, String value) {
        return new ObjectMeta(name, namespace, labels, Values.with(annotations, key, value), unknown);
    }
}
