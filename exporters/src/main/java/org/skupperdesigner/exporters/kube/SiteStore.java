package org.skupperdesigner.exporters.kube;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.skupperdesigner.exporters.plan.ResourceRef;

/**
 * Where one site's objects live and how they are written: a Kubernetes namespace ({@link KubeSiteStore}) or a
 * system-mode input folder. Planning, applying, pruning, diffing and rollback work on this, so both kinds of site
 * follow one path.
 */
public interface SiteStore {

    /** For messages: "context west, namespace hello-world-west". */
    String describe();

    Optional<Map<String, Object>> get(ResourceRef ref);

    /** Objects labelled as managed by the designer for this network, of the kinds the designer writes. */
    List<Map<String, Object>> listManaged(String namespace, String networkLabel);

    /** The fields of {@code live} that differ from {@code desired}, as this store owns them. */
    List<org.skupperdesigner.exporters.plan.FieldChange> changes(Map<String, Object> desired,
                                                                 Map<String, Object> live);

    /** Writes (creates or updates) the desired object; {@code live} is what {@link #get} returned, or null. */
    Map<String, Object> write(Map<String, Object> desired, Map<String, Object> live, boolean dryRun);

    boolean delete(ResourceRef ref, boolean dryRun);

    /** Puts an object back the way it was before the apply: {@code before == null} deletes it. */
    void restore(ResourceRef ref, Map<String, Object> before);

    /** Whether a dry run can be sent to the platform (otherwise it is computed locally). */
    boolean honoursDryRun();
}
