package org.skupperdesigner.exporters.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The Skupper CRDs' {@code openAPIV3Schema}s as JSON schemas, made as strict as the API server with
 * {@code kubectl apply --validate=strict}: unknown fields are errors, {@code metadata.name} must be a DNS-1123
 * subdomain. The one CEL rule that matters for a single object ("exactly one of [priority weighted]") is translated
 * by hand; transition rules (immutability) cannot apply to a file and are dropped.
 */
public final class CrdSchemas {

    private static final Pattern EXACTLY_ONE = Pattern.compile("exactly one of the fields in \\[([^]]+)]");
    private static final String DNS1123_SUBDOMAIN =
            "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
    private static final String DNS1123_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final Map<String, JsonSchema> byKind = new HashMap<>();

    public CrdSchemas(Path crdFolder) throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        try (Stream<Path> files = Files.list(crdFolder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_crd.yaml")).sorted().toList()) {
                JsonNode crd = yaml.readTree(file.toFile());
                String kind = crd.at("/spec/names/kind").asText();
                JsonNode open = crd.at("/spec/versions/0/schema/openAPIV3Schema");
                byKind.put(kind, factory.getSchema(toJsonSchema(kind, open)));
            }
        }
        byKind.put("Secret", factory.getSchema(secretSchema()));
    }

    public static CrdSchemas fromRepository() throws IOException {
        return new CrdSchemas(RepositoryPaths.crds());
    }

    public Set<String> kinds() {
        return byKind.keySet();
    }

    /** Validation errors of one document (apiVersion/kind/metadata/spec); empty when valid. */
    public List<String> validate(JsonNode document) {
        String kind = document.path("kind").asText();
        JsonSchema schema = byKind.get(kind);
        if (schema == null) {
            return List.of("no CRD for kind '" + kind + "'");
        }
        List<String> errors = new ArrayList<>();
        for (ValidationMessage m : schema.validate(document)) {
            errors.add(kind + "/" + document.at("/metadata/name").asText() + ": " + m.getMessage());
        }
        return errors;
    }

    /** Validates every document of a multi-document YAML text. */
    public List<String> validateYaml(String text) throws IOException {
        List<String> errors = new ArrayList<>();
        try (var parser = yaml.getFactory().createParser(text)) {
            Iterator<JsonNode> docs = yaml.readValues(parser, JsonNode.class);
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    errors.addAll(validate(doc));
                }
            }
        }
        return errors;
    }

    private ObjectNode toJsonSchema(String kind, JsonNode open) {
        ObjectNode schema = (ObjectNode) strict(open.deepCopy());
        ObjectNode props = schema.with("properties");
        props.set("apiVersion", constant("skupper.io/v2alpha1"));
        props.set("kind", constant(kind));
        props.set("metadata", metadataSchema());
        props.remove("status");
        schema.put("additionalProperties", false);
        ArrayNode required = schema.withArray("required");
        required.add("apiVersion").add("kind").add("metadata");
        return schema;
    }

    /** Drops Kubernetes extensions, forbids unknown fields where properties are listed. */
    private JsonNode strict(JsonNode node) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, strict(node.get(i)));
            }
            return node;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode obj = (ObjectNode) node;
        boolean preserve = obj.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if ("set".equals(obj.path("x-kubernetes-list-type").asText())) {
            obj.put("uniqueItems", true);
        }
        JsonNode validations = obj.get("x-kubernetes-validations");
        if (validations != null) {
            for (JsonNode v : validations) {
                Matcher m = EXACTLY_ONE.matcher(v.path("message").asText());
                if (m.find()) {
                    ArrayNode oneOf = obj.putArray("oneOf");
                    for (String field : m.group(1).trim().split("\\s+")) {
                        oneOf.addObject().putArray("required").add(field);
                    }
                }
            }
        }
        if ("duration".equals(obj.path("format").asText())) {
            // Kubernetes' duration is Go's (15m, 1h30m), not JSON Schema's ISO 8601 one.
            obj.remove("format");
            obj.put("pattern", "^([-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|ms|s|m|h))+$|^0$");
        }
        List<String> drop = new ArrayList<>();
        obj.fieldNames().forEachRemaining(f -> {
            if (f.startsWith("x-kubernetes-") || f.equals("description") || f.equals("nullable")) {
                drop.add(f);
            }
        });
        obj.remove(drop);
        obj.fields().forEachRemaining(e -> {
            if (e.getKey().equals("properties")) {
                e.getValue().fields().forEachRemaining(p -> ((ObjectNode) e.getValue()).set(p.getKey(),
                        strict(p.getValue())));
            } else {
                e.setValue(strict(e.getValue()));
            }
        });
        if (obj.has("properties") && !obj.has("additionalProperties") && !preserve) {
            obj.put("additionalProperties", false);
        }
        return obj;
    }

    private static ObjectNode constant(String value) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.putArray("enum").add(value);
        return node;
    }

    private static ObjectNode metadataSchema() {
        ObjectNode meta = JsonNodeFactory.instance.objectNode().put("type", "object");
        ObjectNode props = meta.putObject("properties");
        props.putObject("name").put("type", "string").put("pattern", DNS1123_SUBDOMAIN).put("maxLength", 253);
        props.putObject("namespace").put("type", "string").put("pattern", DNS1123_LABEL).put("maxLength", 63);
        props.putObject("labels").put("type", "object").putObject("additionalProperties").put("type", "string");
        props.putObject("annotations").put("type", "object").putObject("additionalProperties")
                .put("type", "string");
        meta.put("additionalProperties", false);
        meta.putArray("required").add("name");
        return meta;
    }

    private static ObjectNode secretSchema() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
        ObjectNode props = schema.putObject("properties");
        props.set("apiVersion", constant("v1"));
        props.set("kind", constant("Secret"));
        props.set("metadata", metadataSchema());
        props.putObject("type").put("type", "string");
        ObjectNode base64 = JsonNodeFactory.instance.objectNode().put("type", "string")
                .put("pattern", "^[A-Za-z0-9+/]*={0,2}$");
        props.putObject("data").put("type", "object").set("additionalProperties", base64);
        props.putObject("stringData").put("type", "object").putObject("additionalProperties").put("type", "string");
        schema.put("additionalProperties", false);
        schema.putArray("required").add("apiVersion").add("kind").add("metadata");
        return schema;
    }
}
