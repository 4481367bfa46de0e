package org.skupperdesigner.model.schema;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.yaml.ResourceEncoder;

/**
 * Checks resources against the real Skupper CRD schemas (the {@code openAPIV3Schema} of each CRD, bundled unchanged
 * from Skupper's repository). OpenAPI v3 schemas are JSON Schema draft 4 plus extension keywords, which the
 * validator ignores.
 */
public final class CrdSchemaValidator {

    /** Go's time.ParseDuration syntax, as the API server checks {@code format: duration}. */
    static final String GO_DURATION = "^([-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|ms|s|m|h))+$|^0$";

    private final Map<ResourceKind, JsonSchema> schemas = new EnumMap<>(ResourceKind.class);
    private final ObjectMapper json = new ObjectMapper();
    private final ResourceEncoder encoder = new ResourceEncoder();

    public CrdSchemaValidator() {
        YAMLMapper yaml = new YAMLMapper();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        for (ResourceKind kind : BundledCrds.kinds()) {
            JsonNode schema = BundledCrds.openApiSchema(kind, yaml);
            dropKubernetesExtensions(schema);
            schemas.put(kind, factory.getSchema(schema));
        }
    }

    /**
     * Removes the {@code x-kubernetes-*} extension keywords: they carry API-server behaviour (list types, CEL
     * rules) that JSON Schema cannot check, and would only make the validator warn about unknown keywords.
     */
    private static void dropKubernetesExtensions(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.properties().removeIf(e -> e.getKey().startsWith("x-kubernetes-"));
            if ("duration".equals(object.path("format").asText())) {
                // Kubernetes' "duration" is a Go duration (15m, 1h30m), not JSON Schema's ISO 8601 one.
                object.remove("format");
                object.put("pattern", GO_DURATION);
            }
            object.forEach(CrdSchemaValidator::dropKubernetesExtensions);
        } else if (node.isArray()) {
            node.forEach(CrdSchemaValidator::dropKubernetesExtensions);
        }
    }

    /** The schema violations of one resource, as readable sentences; empty when it conforms (or is a Secret). */
    public List<String> violations(SkupperResource resource) {
        JsonSchema schema = schemas.get(resource.kind());
        if (schema == null) {
            return List.of();
        }
        JsonNode node = json.valueToTree(encoder.encode(resource));
        Set<ValidationMessage> messages = schema.validate(node);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

}
