package org.skupperdesigner.exporters.kube;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.skupperdesigner.exporters.desired.DesignRecovery;
import org.skupperdesigner.exporters.desired.DesignerMetadata;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.importer.InputFile;
import org.skupperdesigner.model.importer.SkupperYamlImporter;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.yaml.YamlWriter;

/**
 * Reads a live network into an editable design: the Skupper resources of each {@code CONTEXT[/NAMESPACE]} (every
 * namespace with a Site when none is named), without what the controller generated or what only describes a past
 * exchange (redeemed tokens, other tools' grants) and without Secrets (private keys stay in the cluster). Links
 * Skupper reports as connected name their remote site; what Skupper Designer applied folds back into design links.
 */
public final class ClusterImporter {

    /** One {@code CONTEXT[/NAMESPACE]} argument. */
    public record Target(String context, String namespace) {
        public static Target parse(String text) {
            int slash = text.indexOf('/');
            return slash < 0 ? new Target(text, null) : new Target(text.substring(0, slash),
                    text.substring(slash + 1));
        }
    }

    private static final List<ResourceKind> KINDS = List.of(ResourceKind.values()).stream()
            .filter(k -> k != ResourceKind.SECRET).toList();

    private final ClusterConnector connector;
    private final YamlWriter yaml = new YamlWriter();

    public ClusterImporter(ClusterConnector connector) {
        this.connector = connector;
    }

    public LoadedNetwork importNetwork(String networkName, List<Target> targets) {
        List<Diagnostic> problems = new ArrayList<>();
        List<InputFile> files = new ArrayList<>();
        Map<String, String> contextByNamespaceLabel = new LinkedHashMap<>();
        for (Target target : targets) {
            String label = "context " + target.context();
            try {
                ClusterClient client = connector.connect(target.context());
                for (String ns : namespaces(client, target)) {
                    String where = label + ", namespace " + ns;
                    List<Object> documents = objects(client, ns, where, problems);
                    if (documents.isEmpty()) {
                        problems.add(Diagnostic.warning("import.no-skupper-resources", where
                                + " holds no Skupper resources", "check the namespace name, or create a Site there "
                                + "first (skupper site create)", SourceLocation.ofFile(where)));
                        continue;
                    }
                    files.add(new InputFile(where, yaml.writeAll(documents), null));
                    contextByNamespaceLabel.put(ns, target.context());
                }
            } catch (ClusterAccessException e) {
                problems.add(Diagnostic.error("import.cluster", "cannot read " + label + ": " + e.getMessage(),
                        "check the context with 'kubectl --context " + target.context() + " get sites -A'",
                        SourceLocation.ofFile(label)));
            }
        }
        LoadedNetwork loaded = new SkupperYamlImporter().importFiles(networkName, files, problems);
        Network recovered = new DesignRecovery().recover(loaded.network());
        List<NetworkSite> sites = new ArrayList<>();
        for (NetworkSite site : recovered.sites()) {
            String context = contextByNamespaceLabel.get(site.namespace());
            sites.add(site.withPlatform(Platform.KUBERNETES).withTarget(context == null ? site.target()
                    : new SiteTarget(context, null)));
        }
        return loaded.withNetwork(recovered.withSites(sites));
    }

    private static Set<String> namespaces(ClusterClient client, Target target) {
        if (target.namespace() != null && !target.namespace().isEmpty()) {
            return Set.of(target.namespace());
        }
        Set<String> namespaces = new LinkedHashSet<>();
        try {
            client.list(ResourceKind.SITE.kind(), null, Map.of()).forEach(s -> namespaces.add(
                    KubeObjects.string(s, "metadata", "namespace")));
        } catch (ClusterAccessException e) {
            throw new ClusterAccessException(e.getMessage() + "; name the namespace: " + target.context()
                    + "/NAMESPACE", e.code(), e);
        }
        return new java.util.TreeSet<>(namespaces);
    }

    private List<Object> objects(ClusterClient client, String ns, String where, List<Diagnostic> problems) {
        List<Object> documents = new ArrayList<>();
        Set<String> ourTokens = new LinkedHashSet<>();
        for (Map<String, Object> token : client.list(ResourceKind.ACCESS_TOKEN.kind(), ns, Map.of())) {
            if (KubeObjects.map(KubeObjects.map(token.get("metadata")).get("annotations"))
                    .containsKey(DesignerMetadata.LINK_ID)) {
                ourTokens.add(KubeObjects.string(token, "metadata", "name"));
            }
        }
        for (ResourceKind kind : KINDS) {
            for (Map<String, Object> live : client.list(kind.kind(), ns, Map.of())) {
                Map<String, Object> object = KubeObjects.normalize(live);
                Map<String, Object> meta = KubeObjects.map(object.get("metadata"));
                Map<String, Object> annotations = new TreeMap<>(KubeObjects.map(meta.get("annotations")));
                boolean ours = annotations.containsKey(DesignerMetadata.LINK_ID)
                        || annotations.containsKey(DesignerMetadata.GENERATED);
                String name = kind.kind() + "/" + meta.get("name");
                if (!ours && skipped(kind, object, meta)) {
                    continue;
                }
                if (kind == ResourceKind.LINK && !ours) {
                    String remote = KubeObjects.string(object, "status", "remoteSiteName");
                    if (remote != null && !annotations.containsKey(DesignerMetadata.TARGET_SITE)) {
                        annotations.put(DesignerMetadata.TARGET_SITE, remote);
                    }
                    String secret = KubeObjects.string(object, "spec", "tlsCredentials");
                    boolean fromOurToken = TokenLinkState.linkNames("").stream().anyMatch(suffix ->
                            ourTokens.contains(String.valueOf(meta.get("name")).replaceFirst(suffix + "$", "")));
                    if (secret != null && !fromOurToken) {
                        problems.add(Diagnostic.warning("import.secret-not-read", name + " (" + where + ") uses "
                                + "Secret " + secret + ", which was not imported because it holds a private key",
                                "the Secret stays in the cluster; re-applying the design leaves it alone",
                                SourceLocation.ofFile(where)));
                    }
                }
                annotations.remove(KubeObjects.LAST_APPLIED);
                documents.add(clean(object, meta, annotations));
            }
        }
        return documents;
    }

    /** Controller-made objects, other tools' grants and spent tokens describe no design. */
    private static boolean skipped(ResourceKind kind, Map<String, Object> object, Map<String, Object> meta) {
        boolean owned = meta.get("ownerReferences") instanceof List<?> owners && !owners.isEmpty();
        if (owned && kind != ResourceKind.LINK && kind != ResourceKind.ACCESS_TOKEN) {
            return true;
        }
        if (kind == ResourceKind.ACCESS_GRANT) {
            return true;
        }
        return kind == ResourceKind.ACCESS_TOKEN
                && Boolean.TRUE.equals(KubeObjects.map(object.get("status")).get("redeemed"));
    }

    private static Map<String, Object> clean(Map<String, Object> object, Map<String, Object> meta,
                                             Map<String, Object> annotations) {
        Map<String, Object> clean = new LinkedHashMap<>();
        clean.put("apiVersion", object.get("apiVersion"));
        clean.put("kind", object.get("kind"));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", meta.get("name"));
        metadata.put("namespace", meta.get("namespace"));
        if (!KubeObjects.map(meta.get("labels")).isEmpty()) {
            metadata.put("labels", new TreeMap<>(KubeObjects.map(meta.get("labels"))));
        }
        if (!annotations.isEmpty()) {
            metadata.put("annotations", annotations);
        }
        clean.put("metadata", metadata);
        clean.put("spec", object.getOrDefault("spec", Map.of()));
        return clean;
    }
}
