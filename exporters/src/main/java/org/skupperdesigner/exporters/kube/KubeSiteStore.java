package org.skupperdesigner.exporters.kube;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.skupperdesigner.exporters.desired.DesignerMetadata;
import org.skupperdesigner.exporters.plan.ResourceRef;
import org.skupperdesigner.model.resource.ResourceKind;

/** A site in a Kubernetes namespace, written with the strategy its server supports. */
public final class KubeSiteStore implements SiteStore {

    private final ClusterClient client;
    private final String namespace;
    private final ServerCapabilities capabilities;
    private final WriteStrategy strategy;

    public KubeSiteStore(ClusterClient client, String namespace, ServerCapabilities capabilities) {
        this.client = client;
        this.namespace = namespace;
        this.capabilities = capabilities;
        this.strategy = WriteStrategy.forCapabilities(capabilities);
    }

    public ClusterClient client() {
        return client;
    }

    public WriteStrategy strategy() {
        return strategy;
    }

    @Override
    public String describe() {
        return "context " + client.context() + ", namespace " + namespace;
    }

    @Override
    public Optional<Map<String, Object>> get(ResourceRef ref) {
        return client.get(ref).map(KubeObjects::normalize);
    }

    @Override
    public List<Map<String, Object>> listManaged(String ns, String networkLabel) {
        Map<String, String> labels = Map.of(DesignerMetadata.MANAGED_BY, DesignerMetadata.MANAGER,
                DesignerMetadata.NETWORK, networkLabel);
        List<Map<String, Object>> found = new ArrayList<>();
        for (ResourceKind kind : ResourceKind.values()) {
            client.list(kind.kind(), ns, labels).stream().map(KubeObjects::normalize).forEach(found::add);
        }
        return found;
    }

    @Override
    public List<org.skupperdesigner.exporters.plan.FieldChange> changes(Map<String, Object> desired,
                                                                        Map<String, Object> live) {
        return ObjectDiff.changes(desired, live);
    }

    @Override
    public Map<String, Object> write(Map<String, Object> desired, Map<String, Object> live, boolean dryRun) {
        return live == null ? strategy.create(client, desired, dryRun)
                : strategy.update(client, desired, live, dryRun);
    }

    @Override
    public boolean delete(ResourceRef ref, boolean dryRun) {
        return client.delete(ref, dryRun);
    }

    @Override
    public void restore(ResourceRef ref, Map<String, Object> before) {
        Optional<Map<String, Object>> now = client.get(ref);
        if (before == null) {
            now.ifPresent(n -> client.delete(ref, false));
            return;
        }
        Map<String, Object> clean = withoutServerFields(before);
        if (now.isEmpty()) {
            client.create(clean, false);
        } else {
            client.mergePatch(ref, restorePatch(clean, KubeObjects.normalize(now.get())), false);
        }
    }

    @Override
    public boolean honoursDryRun() {
        return capabilities.dryRun();
    }

    /** A merge patch turning {@code now} back into {@code before}: before's values, nulls for what was added. */
    static Map<String, Object> restorePatch(Map<String, Object> before, Map<String, Object> now) {
        Map<String, Object> patch = new LinkedHashMap<>();
        Map<String, Object> bMeta = KubeObjects.map(before.get("metadata"));
        Map<String, Object> nMeta = KubeObjects.map(now.get("metadata"));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("labels", reverting(KubeObjects.map(bMeta.get("labels")), KubeObjects.map(nMeta.get("labels"))));
        meta.put("annotations", reverting(KubeObjects.map(bMeta.get("annotations")),
                KubeObjects.map(nMeta.get("annotations"))));
        patch.put("metadata", meta);
        for (String section : List.of("spec", "data")) {
            if (before.containsKey(section) || now.containsKey(section)) {
                patch.put(section, reverting(KubeObjects.map(before.get(section)),
                        KubeObjects.map(now.get(section))));
            }
        }
        return patch;
    }

    private static Map<String, Object> reverting(Map<String, Object> before, Map<String, Object> now) {
        Map<String, Object> out = new LinkedHashMap<>(before);
        now.keySet().forEach(k -> out.putIfAbsent(k, null));
        return out;
    }

    /** The object without what the server sets (uid, resourceVersion, status...), ready to create again. */
    static Map<String, Object> withoutServerFields(Map<String, Object> object) {
        Map<String, Object> clean = new LinkedHashMap<>(object);
        clean.remove("status");
        Map<String, Object> meta = new LinkedHashMap<>(KubeObjects.map(object.get("metadata")));
        for (String key : List.of("uid", "resourceVersion", "generation", "creationTimestamp", "managedFields",
                "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink")) {
            meta.remove(key);
        }
        clean.put("metadata", meta);
        return clean;
    }
}
