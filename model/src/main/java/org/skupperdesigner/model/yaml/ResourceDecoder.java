package org.skupperdesigner.model.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
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
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.Secret;
import org.skupperdesigner.model.resource.SecuredAccess;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.text.EditDistance;

/**
 * Turns parsed documents into typed resources. Kubernetes {@code List} objects are unpacked; objects that are not
 * Skupper resources (Deployments, Services, ...) are reported and skipped; unknown Skupper kinds and versions are
 * reported. Never throws.
 */
public final class ResourceDecoder {

    public List<DecodedResource> decode(YamlDocument document, List<Diagnostic> problems) {
        List<DecodedResource> result = new ArrayList<>();
        decodeAt(document, "", document.value(), problems, result);
        return result;
    }

    /** Decodes the object found at {@code path} inside a larger document (a design file's site resources). */
    public List<DecodedResource> decodeAt(YamlDocument document, String path, Object value,
                                          List<Diagnostic> problems) {
        List<DecodedResource> result = new ArrayList<>();
        decodeAt(document, path, value, problems, result);
        return result;
    }

    @SuppressWarnings("unchecked")
    private void decodeAt(YamlDocument doc, String path, Object value, List<Diagnostic> problems,
                          List<DecodedResource> out) {
        SourceLocation where = doc.locate(path);
        if (!(value instanceof Map<?, ?>)) {
            problems.add(Diagnostic.error("yaml.not-object", "document " + (doc.index() + 1) + " is "
                    + FieldReader.describe(value) + ", not a Kubernetes object",
                    "each document needs apiVersion, kind, metadata and spec", where));
            return;
        }
        Map<String, Object> map = (Map<String, Object>) value;
        Object apiVersion = map.get("apiVersion");
        Object kind = map.get("kind");
        if (!(kind instanceof String kindName) || kindName.isBlank()) {
            problems.add(Diagnostic.error("yaml.missing-kind", kind == null ? "object has no 'kind'"
                            : "'kind' must be a name such as Site, not " + FieldReader.describe(kind),
                    "add 'kind: Site' (or Listener, Connector, ...)", doc.locate(YamlPaths.child(path, "kind"))));
            return;
        }
        if (!(apiVersion instanceof String api) || api.isBlank()) {
            problems.add(Diagnostic.error("yaml.missing-api-version", apiVersion == null
                            ? kindName + " has no 'apiVersion'"
                            : kindName + ": 'apiVersion' must be text, not " + FieldReader.describe(apiVersion),
                    "add 'apiVersion: " + ResourceKind.SKUPPER_API_VERSION + "'",
                    doc.locate(YamlPaths.child(path, "apiVersion"))));
            return;
        }
        if (kindName.equals("List") && api.equals("v1")) {
            Object items = map.get("items");
            if (items instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    decodeAt(doc, YamlPaths.item(YamlPaths.child(path, "items"), i), list.get(i), problems, out);
                }
            } else if (items != null) {
                problems.add(Diagnostic.error("yaml.type", "List items must be a list", "",
                        doc.locate(YamlPaths.child(path, "items"))));
            }
            return;
        }
        Optional<ResourceKind> known = ResourceKind.ofKind(kindName);
        if (api.startsWith(ResourceKind.SKUPPER_GROUP + "/")) {
            if (!api.equals(ResourceKind.SKUPPER_API_VERSION)) {
                problems.add(Diagnostic.error("yaml.api-version", "unsupported apiVersion '" + api + "' for "
                                + kindName + "; this version reads " + ResourceKind.SKUPPER_API_VERSION,
                        "Skupper v2 resources use apiVersion " + ResourceKind.SKUPPER_API_VERSION,
                        doc.locate(YamlPaths.child(path, "apiVersion"))));
                return;
            }
            if (known.isEmpty() || !known.get().isSkupper()) {
                String meant = closestSkupperKind(kindName);
                problems.add(Diagnostic.warning("yaml.unknown-kind", "unknown Skupper kind '" + kindName
                        + "' skipped", (meant != null ? "did you mean " + meant + "? " : "") + "known kinds: Site, "
                        + "Link, Listener, Connector, AccessGrant, AccessToken, RouterAccess, AttachedConnector, "
                        + "AttachedConnectorBinding, MultiKeyListener, SecuredAccess, Certificate", where));
                return;
            }
        } else if (!(api.equals("v1") && kindName.equals("Secret"))) {
            problems.add(Diagnostic.warning("yaml.not-skupper", "skipped " + kindName + " (" + api
                    + "): not a Skupper resource", "Skupper Designer reads skupper.io resources and Secrets", where));
            return;
        }
        FieldReader top = new FieldReader(doc, path, map, problems);
        top.string("apiVersion");
        top.string("kind");
        ObjectMeta meta = top.object("metadata", ResourceDecoder::metadata);
        if (meta == null || meta.name().isEmpty()) {
            problems.add(Diagnostic.error("yaml.missing-name", kindName + " has no metadata.name",
                    "add 'metadata: {name: ...}'", doc.locate(YamlPaths.child(path, "metadata"))));
            return;
        }
        SkupperResource resource = known.get() == ResourceKind.SECRET ? secret(top, meta)
                : skupper(known.get(), top, meta);
        if (resource != null) {
            out.add(new DecodedResource(resource, where, new FieldPositions(path, doc.locations())));
        }
    }

    private static ObjectMeta metadata(FieldReader r) {
        String name = r.string("name");
        return new ObjectMeta(name == null ? "" : name, r.string("namespace"), r.stringMap("labels"),
                r.stringMap("annotations"), r.remaining());
    }

    private static Secret secret(FieldReader top, ObjectMeta meta) {
        return new Secret(meta, top.string("type"), top.stringMap("data"), top.stringMap("stringData"),
                top.remaining());
    }

    private static SkupperResource skupper(ResourceKind kind, FieldReader top, ObjectMeta meta) {
        // A missing spec reads as empty (required fields are then reported by the validator); a spec that is not
        // a map has been reported and the resource is skipped.
        return switch (kind) {
            case SITE -> build(top, SpecDecoders::site, spec -> new Site(meta, spec, top.remaining()));
            case LINK -> build(top, SpecDecoders::link, spec -> new Link(meta, spec, top.remaining()));
            case LISTENER -> build(top, SpecDecoders::listener, spec -> new Listener(meta, spec, top.remaining()));
            case CONNECTOR -> build(top, SpecDecoders::connector, spec -> new Connector(meta, spec, top.remaining()));
            case ACCESS_GRANT -> build(top, SpecDecoders::accessGrant, spec -> new AccessGrant(meta, spec, top.remaining()));
            case ACCESS_TOKEN -> build(top, SpecDecoders::accessToken, spec -> new AccessToken(meta, spec, top.remaining()));
            case ROUTER_ACCESS -> build(top, SpecDecoders::routerAccess, spec -> new RouterAccess(meta, spec, top.remaining()));
            case ATTACHED_CONNECTOR -> build(top, SpecDecoders::attachedConnector, spec -> new AttachedConnector(meta, spec, top.remaining()));
            case ATTACHED_CONNECTOR_BINDING -> build(top, SpecDecoders::attachedConnectorBinding, spec -> new AttachedConnectorBinding(meta, spec, top.remaining()));
            case MULTI_KEY_LISTENER -> build(top, SpecDecoders::multiKeyListener, spec -> new MultiKeyListener(meta, spec, top.remaining()));
            case SECURED_ACCESS -> build(top, SpecDecoders::securedAccess, spec -> new SecuredAccess(meta, spec, top.remaining()));
            case CERTIFICATE -> build(top, SpecDecoders::certificate, spec -> new Certificate(meta, spec, top.remaining()));
            case SECRET -> throw new IllegalStateException("secrets are decoded separately");
        };
    }

    private static <S> SkupperResource build(FieldReader top, java.util.function.Function<FieldReader, S> specDecoder,
                                             java.util.function.Function<S, SkupperResource> constructor) {
        S spec = top.objectOrEmpty("spec", specDecoder);
        return spec == null ? null : constructor.apply(spec);
    }

    /** The Skupper kind {@code kind} differs from only by case or one or two letters ("Conector", "listener"). */
    private static String closestSkupperKind(String kind) {
        return EditDistance.closest(kind, java.util.Arrays.stream(ResourceKind.values()).filter(ResourceKind::isSkupper)
                .map(ResourceKind::kind).toList(), 2);
    }
}
