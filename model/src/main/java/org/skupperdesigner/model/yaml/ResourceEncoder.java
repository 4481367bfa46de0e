package org.skupperdesigner.model.yaml;

import java.util.Map;

import org.skupperdesigner.model.resource.AccessGrant;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.AttachedConnector;
import org.skupperdesigner.model.resource.AttachedConnectorBinding;
import org.skupperdesigner.model.resource.Certificate;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.Secret;
import org.skupperdesigner.model.resource.SecuredAccess;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.resource.SkupperResource;

/** Turns a resource into an ordered map: apiVersion, kind, metadata, spec, then anything kept from the input. */
public final class ResourceEncoder {

    /** Whether metadata.namespace is written (per-site export) or left out (inside a design file's site). */
    public enum NamespacePolicy { KEEP, OMIT }

    public Map<String, Object> encode(SkupperResource resource) {
        return encode(resource, NamespacePolicy.KEEP);
    }

    public Map<String, Object> encode(SkupperResource resource, NamespacePolicy namespacePolicy) {
        OrderedMap map = new OrderedMap().put("apiVersion", resource.kind().apiVersion())
                .put("kind", resource.kind().kind())
                .put("metadata", metadata(resource.metadata(), namespacePolicy));
        if (resource instanceof Secret secret) {
            map.put("type", secret.type()).put("data", secret.data()).put("stringData", secret.stringData());
        } else {
            map.put("spec", spec(resource));
        }
        return map.putAll(resource.extra()).build();
    }

    private static Map<String, Object> metadata(ObjectMeta meta, NamespacePolicy policy) {
        return new OrderedMap().put("name", meta.name())
                .put("namespace", policy == NamespacePolicy.KEEP ? meta.namespace() : null)
                .put("labels", meta.labels()).put("annotations", meta.annotations()).putAll(meta.unknown()).build();
    }

    private static Map<String, Object> spec(SkupperResource resource) {
        return switch (resource.kind()) {
            case SITE -> SpecEncoders.site(((Site) resource).spec());
            case LINK -> SpecEncoders.link(((Link) resource).spec());
            case LISTENER -> SpecEncoders.listener(((Listener) resource).spec());
            case CONNECTOR -> SpecEncoders.connector(((Connector) resource).spec());
            case ACCESS_GRANT -> SpecEncoders.accessGrant(((AccessGrant) resource).spec());
            case ACCESS_TOKEN -> SpecEncoders.accessToken(((AccessToken) resource).spec());
            case ROUTER_ACCESS -> SpecEncoders.routerAccess(((RouterAccess) resource).spec());
            case ATTACHED_CONNECTOR -> SpecEncoders.attachedConnector(((AttachedConnector) resource).spec());
            case ATTACHED_CONNECTOR_BINDING ->
                    SpecEncoders.attachedConnectorBinding(((AttachedConnectorBinding) resource).spec());
            case MULTI_KEY_LISTENER -> SpecEncoders.multiKeyListener(((MultiKeyListener) resource).spec());
            case SECURED_ACCESS -> SpecEncoders.securedAccess(((SecuredAccess) resource).spec());
            case CERTIFICATE -> SpecEncoders.certificate(((Certificate) resource).spec());
            case SECRET -> Map.of();
        };
    }
}
