package org.skupperdesigner.model.schema;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.skupperdesigner.model.resource.ResourceKind;

/**
 * Which fields the Skupper CRDs define, to find the ones a resource sets that they do not: the API server prunes
 * such a field (and {@code kubectl apply}, validating strictly, refuses the object), so a misspelt
 * {@code linkAcess} silently leaves a site without link access. Read once from the bundled CRDs.
 */
public final class CrdFields {

    /**
     * A field the CRD does not define.
     *
     * @param path    where it is, e.g. {@code spec.routingkey}
     * @param name    its own name, {@code routingkey}
     * @param defined the names the CRD defines at that level, for suggesting the one meant
     */
    public record Unknown(String path, String name, List<String> defined) {

        public Unknown {
            defined = List.copyOf(defined);
        }
    }

    private static final class Loaded {
        static final CrdFields INSTANCE = new CrdFields();
    }

    private static final java.util.Set<String> OBJECT_FIELDS = java.util.Set.of("apiVersion", "kind", "metadata");

    private final Map<ResourceKind, JsonNode> schemas = new EnumMap<>(ResourceKind.class);

    private CrdFields() {
        YAMLMapper yaml = new YAMLMapper();
        for (ResourceKind kind : BundledCrds.kinds()) {
            schemas.put(kind, BundledCrds.openApiSchema(kind, yaml));
        }
    }

    /** The catalogue, read from the bundled CRDs on first use. */
    public static CrdFields get() {
        return Loaded.INSTANCE;
    }

    /**
     * The fields of {@code object} (a resource as written to YAML) its kind's CRD does not define, in document
     * order. Metadata is not checked (its schema is Kubernetes', not Skupper's); nor are kinds without a CRD.
     */
    public List<Unknown> unknown(ResourceKind kind, Map<String, Object> object) {
        JsonNode schema = schemas.get(kind);
        List<Unknown> found = new ArrayList<>();
        if (schema != null) {
            Map<String, Object> fields = new java.util.LinkedHashMap<>(object);
            // every object has these; CRDs do not list them (metadata's schema is Kubernetes' own)
            fields.keySet().removeAll(OBJECT_FIELDS);
            walk(schema, fields, "", found);
        }
        return found;
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        if (properties != null) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static void walk(JsonNode schema, Object value, String path, List<Unknown> found) {
        if (schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            JsonNode properties = schema.get("properties");
            JsonNode additional = schema.get("additionalProperties");
            boolean open = additional != null && additional.asBoolean(false);
            if (open || properties == null && (additional == null || !additional.isObject())) {
                return; // a free-form object (metadata, or a map the CRD leaves open)
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                String at = path.isEmpty() ? key : path + "." + key;
                JsonNode field = properties == null ? null : properties.get(key);
                if (field != null) {
                    walk(field, e.getValue(), at, found);
                } else if (additional != null && additional.isObject()) {
                    walk(additional, e.getValue(), at, found);
                } else {
                    found.add(new Unknown(at, key, names(properties)));
                }
            }
        } else if (value instanceof List<?> list && schema.has("items")) {
            for (int i = 0; i < list.size(); i++) {
                walk(schema.get("items"), list.get(i), path + "[" + i + "]", found);
            }
        }
    }
}
