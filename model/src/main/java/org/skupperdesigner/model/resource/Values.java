package org.skupperdesigner.model.resource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Immutable copies of the loosely typed values kept for fields the model does not know. Unlike {@code Map.copyOf}
 * these keep insertion order (so unknown fields are written back where they were) and allow null values (YAML
 * {@code ~}).
 */
public final class Values {

    private Values() {
    }

    public static Map<String, Object> orderedCopy(Map<String, ?> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> copy.put(k, deepCopy(v)));
        return Collections.unmodifiableMap(copy);
    }

    /** Sorted copy for string maps (labels, annotations, settings) whose order carries no meaning. */
    public static <V> Map<String, V> sortedCopy(Map<String, V> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new TreeMap<>(source));
    }

    public static <V> Map<String, V> with(Map<String, V> source, String key, V value) {
        TreeMap<String, V> copy = new TreeMap<>(source);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return Collections.unmodifiableMap(copy);
    }

    public static <T> List<T> listCopy(List<T> source) {
        return source == null ? List.of() : List.copyOf(source);
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            return orderedCopy((Map<String, ?>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(deepCopy(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
