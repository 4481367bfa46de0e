package org.skupperdesigner.model.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.skupperdesigner.model.resource.ResourceKind;

/** The Skupper CRDs bundled unchanged in the model (docs/decisions/0006), one file per kind. */
public final class BundledCrds {

    private static final Map<ResourceKind, String> FILES = Map.ofEntries(
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

    /** Where the bundled CRD files live on the class path. */
    public static final String RESOURCE_DIR = "/org/skupperdesigner/model/schema/crds/";

    private BundledCrds() {
    }

    /** The kinds that have a CRD (every Skupper kind; not Secret). */
    public static java.util.Set<ResourceKind> kinds() {
        return FILES.keySet();
    }

    /** The whole CRD file of a kind, e.g. to register it with a Kubernetes API server; null for Secret. */
    public static InputStream definition(ResourceKind kind) {
        String file = FILES.get(kind);
        return file == null ? null : BundledCrds.class.getResourceAsStream(RESOURCE_DIR + file);
    }

    /** The {@code openAPIV3Schema} of a kind's (only) served version, as a fresh tree the caller may change. */
    public static JsonNode openApiSchema(ResourceKind kind, YAMLMapper yaml) {
        String file = FILES.get(kind);
        try (InputStream in = definition(kind)) {
            if (in == null) {
                throw new IllegalStateException("bundled CRD missing: " + file);
            }
            return yaml.readTree(in).at("/spec/versions/0/schema/openAPIV3Schema");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled CRD " + file, e);
        }
    }
}
