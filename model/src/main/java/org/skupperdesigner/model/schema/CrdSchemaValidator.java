package org.skupperdesigner.model.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private static final Map<ResourceKind, String> CRD_FILES = Map.ofEntries(
            Map.entry(ResourceKind.SITE, "skupper_site_crd.yaml"),
            Map.entry(ResourceKind.LINK, "skupper_link_crd.yaml"),
            Map.entry(ResourceKind.LISTENER, "skupper_listener_crd.yaml"),
            Map.entry(ResourceKind.CONNECTOR, "skupper_connector_crd.yaml"),
            Map.entry(ResourceKind.ACCESS_GRANT, "skupper_access_grant_crd.yaml"),
            Map.entry(ResourceKind.ACCESS_TOKEN, "skupper_access_token_crd.yaml"),
            Map.entry(ResourceKind.ROUTER_ACCESS, "skupper_router_access_crd.yaml"),
            Map.entry(ResourceKind.ATTACHED_CONNECTOR, "skupper_attached_connector_crd.yaml"),
            Map.entry(ResourceKind.ATTACHED_CONNECTOR_BINDING, "skupper_attached_connector_binding_crd.yaml"),
            Map.entry(ResourceKind.MULTI_KEY_LISTENER, "skupper_multikeylistener_crd.yaml"),
            Map.entry(ResourceKind.SECURED_ACCESS, "skupper_secured_access_crd.yaml"),
            Map.entry(ResourceKind.CERTIFICATE, "skupper_certificate_crd.yaml"));

    /** Go's time.ParseDuration syntax, as the API server checks {@code format: duration}. */
    static final String GO_DURATION = "^([-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|ms|s|m|h))+$|^0$";

    /** Where the bundled CRD files live on the class path. */
    public static final String CRD_RESOURCE_DIR = "/org/skupperdesigner/model/schema/crds/";

    private final Map<ResourceKind, JsonSchema> schemas = new EnumMap<>(ResourceKind.class);
    private final ObjectMapper json = new ObjectMapper();
    private final ResourceEncoder encoder = new ResourceEncoder();

    public CrdSchemaValidator() {
        YAMLMapper yaml = new YAMLMapper();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        CRD_FILES.forEach((kind, file) -> {
            try (InputStream in = CrdSchemaValidator.class.getResourceAsStream(CRD_RESOURCE_DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException("bundled CRD missing: " + file);
                }
                JsonNode crd = yaml.readTree(in);
                JsonNode schema = crd.at("/spec/versions/0/schema/openAPIV3Schema").deepCopy();
                dropKubernetesExtensions(schema);
                schemas.put(kind, factory.getSchema(schema));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled CRD " + file, e);
            }
        });
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

    /** The whole CRD file of a kind, e.g. to register it with a Kubernetes API server. */
    public static InputStream crdDefinition(ResourceKind kind) {
        String file = CRD_FILES.get(kind);
        return file == null ? null : CrdSchemaValidator.class.getResourceAsStream(CRD_RESOURCE_DIR + file);
    }
}
