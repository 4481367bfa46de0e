package org.skupperdesigner.exporters.kube;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.skupperdesigner.exporters.plan.ResourceRef;

/**
 * How changed objects are written: server-side apply where the server supports it, otherwise create and JSON merge
 * patch computed against the last-applied annotation (the same three-way logic kubectl's client-side apply uses).
 * Chosen per server from {@link ServerCapabilities}, never by configuration.
 */
public abstract class WriteStrategy {

    public static final String FIELD_MANAGER = "skupper-designer";

    public static WriteStrategy forCapabilities(ServerCapabilities capabilities) {
        return capabilities.serverSideApply() ? new ServerSideApply() : new MergePatch();
    }

    public abstract String name();

    public abstract Map<String, Object> create(ClusterClient client, Map<String, Object> desired, boolean dryRun);

    protected abstract Map<String, Object> patch(ClusterClient client, Map<String, Object> desired,
                                                 Map<String, Object> live, boolean dryRun);

    public final Map<String, Object> update(ClusterClient client, Map<String, Object> desired,
                                            Map<String, Object> live, boolean dryRun) {
        if (KubeObjects.isSecret(desired) && desired.get("type") != null
                && !Objects.equals(desired.get("type"), live.get("type"))) {
            // A Secret's type cannot change in place.
            client.delete(ResourceRef.of(desired), dryRun);
            return create(client, desired, dryRun);
        }
        return patch(client, desired, live, dryRun);
    }

    /** Server-side apply: the server merges and removes fields this manager no longer sets. */
    static final class ServerSideApply extends WriteStrategy {
        @Override
        public String name() {
            return "server-side apply";
        }

        @Override
        public Map<String, Object> create(ClusterClient client, Map<String, Object> desired, boolean dryRun) {
            return client.serverSideApply(desired, FIELD_MANAGER, dryRun);
        }

        @Override
        protected Map<String, Object> patch(ClusterClient client, Map<String, Object> desired,
                                            Map<String, Object> live, boolean dryRun) {
            return client.serverSideApply(desired, FIELD_MANAGER, dryRun);
        }
    }

    /** Create, or JSON merge patch of the owned fields with nulls for fields applied before and now gone. */
    static final class MergePatch extends WriteStrategy {
        @Override
        public String name() {
            return "JSON merge patch";
        }

        @Override
        public Map<String, Object> create(ClusterClient client, Map<String, Object> desired, boolean dryRun) {
            return client.create(desired, dryRun);
        }

        @Override
        protected Map<String, Object> patch(ClusterClient client, Map<String, Object> desired,
                                            Map<String, Object> live, boolean dryRun) {
            return client.mergePatch(ResourceRef.of(desired), patchFor(desired, live), dryRun);
        }

        static Map<String, Object> patchFor(Map<String, Object> desired, Map<String, Object> live) {
            Map<String, Object> last = KubeObjects.lastApplied(live);
            Map<String, Object> dMeta = KubeObjects.map(desired.get("metadata"));
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("labels", withRemovals(KubeObjects.map(dMeta.get("labels")),
                    KubeObjects.map(last.get("labels"))));
            metadata.put("annotations", withRemovals(KubeObjects.map(dMeta.get("annotations")),
                    KubeObjects.map(last.get("annotations"))));
            Map<String, Object> patch = new LinkedHashMap<>();
            patch.put("metadata", metadata);
            if (KubeObjects.isSecret(desired)) {
                Map<String, Object> data = new TreeMap<>(KubeObjects.map(desired.get("data")));
                KubeObjects.map(live.get("data")).keySet().forEach(k -> data.putIfAbsent(k, null));
                patch.put("data", data);
            } else {
                patch.put("spec", withRemovals(KubeObjects.map(desired.get("spec")),
                        KubeObjects.map(last.get("spec"))));
            }
            return patch;
        }

        /** {@code desired} plus a null for every key applied before and now absent, recursively into maps. */
        private static Map<String, Object> withRemovals(Map<String, Object> desired, Map<String, Object> last) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : desired.entrySet()) {
                Object before = last.get(e.getKey());
                out.put(e.getKey(), e.getValue() instanceof Map<?, ?> && before instanceof Map<?, ?>
                        ? withRemovals(KubeObjects.map(e.getValue()), KubeObjects.map(before)) : e.getValue());
            }
            last.keySet().forEach(k -> out.putIfAbsent(k, null));
            return out;
        }
    }
}
