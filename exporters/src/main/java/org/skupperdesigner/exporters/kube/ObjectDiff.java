package org.skupperdesigner.exporters.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.skupperdesigner.exporters.plan.FieldChange;

/**
 * Field-level comparison of a desired object with the live one. Only what the designer owns counts: the desired
 * labels, annotations and spec fields (a field the controller or a person added is not drift), plus fields the
 * designer applied before and the design no longer has (from the last-applied annotation). A Secret's data is owned
 * whole; its values are never shown.
 */
public final class ObjectDiff {

    private ObjectDiff() {
    }

    public static List<FieldChange> changes(Map<String, Object> desired, Map<String, Object> live) {
        Map<String, Object> live0 = KubeObjects.normalize(live);
        return changes(desired, live0, KubeObjects.lastApplied(live0));
    }

    /**
     * For objects the designer owns whole (system-mode input files): everything live counts as applied before, so
     * anything the design does not have is a change too.
     */
    public static List<FieldChange> exactChanges(Map<String, Object> desired, Map<String, Object> live) {
        Map<String, Object> live0 = KubeObjects.normalize(live);
        Map<String, Object> meta = KubeObjects.map(live0.get("metadata"));
        Map<String, Object> owned = new java.util.LinkedHashMap<>();
        owned.put("labels", KubeObjects.map(meta.get("labels")));
        owned.put("annotations", KubeObjects.map(meta.get("annotations")));
        owned.put("spec", KubeObjects.map(live0.get("spec")));
        return changes(desired, live0, owned);
    }

    private static List<FieldChange> changes(Map<String, Object> desired, Map<String, Object> live0,
                                             Map<String, Object> last) {
        List<FieldChange> changes = new ArrayList<>();
        Map<String, Object> dMeta = KubeObjects.map(desired.get("metadata"));
        Map<String, Object> lMeta = KubeObjects.map(live0.get("metadata"));
        compareFlat("metadata.labels", KubeObjects.map(dMeta.get("labels")), KubeObjects.map(lMeta.get("labels")),
                KubeObjects.map(last.get("labels")), changes);
        Map<String, Object> dAnn = new java.util.TreeMap<>(KubeObjects.map(dMeta.get("annotations")));
        dAnn.remove(KubeObjects.LAST_APPLIED);
        compareFlat("metadata.annotations", dAnn, KubeObjects.map(lMeta.get("annotations")),
                KubeObjects.map(last.get("annotations")), changes);
        if (KubeObjects.isSecret(desired)) {
            if (desired.get("type") != null && !Objects.equals(desired.get("type"), live0.get("type"))) {
                changes.add(new FieldChange("type", live0.get("type"), desired.get("type"), false));
            }
            Map<String, Object> dData = KubeObjects.map(desired.get("data"));
            Map<String, Object> lData = KubeObjects.map(live0.get("data"));
            TreeSet<String> keys = new TreeSet<>(dData.keySet());
            keys.addAll(lData.keySet());
            for (String key : keys) {
                if (!Objects.equals(dData.get(key), lData.get(key))) {
                    changes.add(new FieldChange("data." + key, lData.get(key), dData.get(key), true));
                }
            }
        } else {
            compareTree("spec", KubeObjects.map(desired.get("spec")), KubeObjects.map(live0.get("spec")),
                    KubeObjects.map(last.get("spec")), changes);
        }
        return changes;
    }

    private static void compareFlat(String path, Map<String, Object> desired, Map<String, Object> live,
                                    Map<String, Object> last, List<FieldChange> out) {
        for (Map.Entry<String, Object> e : desired.entrySet()) {
            if (!Objects.equals(e.getValue(), live.get(e.getKey()))) {
                out.add(new FieldChange(path + "." + e.getKey(), live.get(e.getKey()), e.getValue(), false));
            }
        }
        for (String key : last.keySet()) {
            if (!desired.containsKey(key) && live.containsKey(key)) {
                out.add(new FieldChange(path + "." + key, live.get(key), null, false));
            }
        }
    }

    private static void compareTree(String path, Map<String, Object> desired, Map<String, Object> live,
                                    Map<String, Object> last, List<FieldChange> out) {
        for (Map.Entry<String, Object> e : desired.entrySet()) {
            String p = path + "." + e.getKey();
            Object d = e.getValue();
            Object l = live.get(e.getKey());
            if (d instanceof Map<?, ?> && l instanceof Map<?, ?>) {
                compareTree(p, KubeObjects.map(d), KubeObjects.map(l), KubeObjects.map(last.get(e.getKey())), out);
            } else if (!Objects.equals(d, l)) {
                out.add(new FieldChange(p, l, d, false));
            }
        }
        for (String key : last.keySet()) {
            if (!desired.containsKey(key) && live.containsKey(key)) {
                out.add(new FieldChange(path + "." + key, live.get(key), null, false));
            }
        }
    }
}
