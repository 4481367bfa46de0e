package org.skupperdesigner.model.yaml;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A LinkedHashMap builder that skips unset values, so export writes only what the user set. */
final class OrderedMap {

    private final Map<String, Object> map = new LinkedHashMap<>();

    OrderedMap put(String key, Object value) {
        if (value == null) {
            return this;
        }
        if (value instanceof Map<?, ?> m && m.isEmpty()) {
            return this;
        }
        if (value instanceof Collection<?> c && c.isEmpty()) {
            return this;
        }
        map.put(key, value);
        return this;
    }

    /** Puts a value even when it is an empty list (an explicit {@code []} the user wrote). */
    OrderedMap putAlways(String key, Object value) {
        map.put(key, value);
        return this;
    }

    /** Appends unknown fields after the known ones, without overwriting a known field. */
    OrderedMap putAll(Map<String, Object> unknown) {
        unknown.forEach(map::putIfAbsent);
        return this;
    }

    Map<String, Object> build() {
        return map;
    }
}
