package org.skupperdesigner.exporters.kube;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.skupperdesigner.exporters.desired.DesignerMetadata;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.yaml.ResourceEncoder;

/**
 * Plain-map views of objects for diffing and writing. Desired objects carry only what the designer owns
 * (apiVersion, kind, name, namespace, labels, annotations, spec; type and data for Secrets) plus a
 * {@value #LAST_APPLIED} annotation recording what was applied, so a field removed from the design can be removed
 * live without touching fields the controller or others set.
 */
public final class KubeObjects {

    public static final String LAST_APPLIED = DesignerMetadata.PREFIX + "last-applied";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final ResourceEncoder encoder = new ResourceEncoder();

    /** The object to write for a resource, with the last-applied annotation (Secrets get none: see class doc). */
    public Map<String, Object> desired(SkupperResource resource) {
        Map<String, Object> encoded = normalize(encoder.encode(resource));
        Map<String, Object> meta = map(encoded.get("metadata"));
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("apiVersion", encoded.get("apiVersion"));
        object.put("kind", encoded.get("kind"));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", meta.get("name"));
        if (meta.get("namespace") != null) {
            metadata.put("namespace", meta.get("namespace"));
        }
        metadata.put("labels", new TreeMap<>(map(meta.get("labels"))));
        Map<String, Object> annotations = new TreeMap<>(map(meta.get("annotations")));
        metadata.put("annotations", annotations);
        object.put("metadata", metadata);
        if (isSecret(encoded)) {
            object.put("type", encoded.get("type"));
            Map<String, Object> data = new TreeMap<>(map(encoded.get("data")));
            map(encoded.get("stringData")).forEach((k, v) -> data.put(k, Base64.getEncoder()
                    .encodeToString(String.valueOf(v).getBytes(StandardCharsets.UTF_8))));
            object.put("data", data);
            if (object.get("type") == null) {
                object.remove("type");
            }
        } else {
            object.put("spec", new LinkedHashMap<>(map(encoded.get("spec"))));
            annotations.put(LAST_APPLIED, lastAppliedOf(object));
        }
        return object;
    }

    /** The JSON recorded in {@value #LAST_APPLIED}: spec, labels and the other annotations. */
    static String lastAppliedOf(Map<String, Object> object) {
        Map<String, Object> meta = map(object.get("metadata"));
        Map<String, Object> annotations = new TreeMap<>(map(meta.get("annotations")));
        annotations.remove(LAST_APPLIED);
        Map<String, Object> record = new TreeMap<>();
        record.put("annotations", annotations);
        record.put("labels", map(meta.get("labels")));
        record.put("spec", map(object.get("spec")));
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What was last applied to a live object, or an empty map when the designer never wrote it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> lastApplied(Map<String, Object> live) {
        Object text = map(map(live.get("metadata")).get("annotations")).get(LAST_APPLIED);
        if (!(text instanceof String s)) {
            return Map.of();
        }
        try {
            return normalize(JSON.readValue(s, Map.class));
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    public static boolean isSecret(Map<String, Object> object) {
        return "Secret".equals(object.get("kind"));
    }

    /** Deep mutable copy without null values, integers as long, so maps from YAML, JSON and clients compare. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> normalize(Map<String, ?> source) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (source == null) {
            return copy;
        }
        source.forEach((k, v) -> {
            Object n = normalizeValue(v);
            if (n != null) {
                copy.put(k, n);
            }
        });
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object normalizeValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return normalize((Map<String, ?>) m);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(e -> out.add(normalizeValue(e)));
            return out;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigDecimal || v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return d == Math.rint(d) && !Double.isInfinite(d) ? (Object) (long) d : (Object) d;
        }
        if (v instanceof java.math.BigInteger b) {
            return b.longValue();
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    public static String string(Map<String, Object> object, String... path) {
        Object value = object;
        for (String key : path) {
            value = map(value).get(key);
        }
        return value == null ? null : String.valueOf(value);
    }
}
