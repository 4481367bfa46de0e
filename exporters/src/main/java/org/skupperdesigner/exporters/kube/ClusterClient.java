package org.skupperdesigner.exporters.kube;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.skupperdesigner.exporters.plan.ResourceRef;

/**
 * What the apply needs from one Kubernetes context, on plain JSON-like maps so diffing and planning do not depend
 * on a client library. Every method throws {@link ClusterAccessException} with a readable message when the server
 * cannot be reached or refuses.
 */
public interface ClusterClient {

    /** The kubeconfig context this client talks to (for messages). */
    String context();

    /** The server's address (for messages). */
    String server();

    /** {@code major.minor} of the API server, e.g. {@code 1.30}. */
    String serverVersion();

    /** Plural resource names served for an API group version, e.g. {@code skupper.io/v2alpha1}; empty if none. */
    Set<String> servedResources(String groupVersion);

    Optional<Map<String, Object>> get(ResourceRef ref);

    /** Objects of a kind in a namespace (null = every namespace) carrying all the given labels. */
    List<Map<String, Object>> list(String kind, String namespace, Map<String, String> labels);

    Map<String, Object> create(Map<String, Object> object, boolean dryRun);

    /** RFC 7386 JSON merge patch. */
    Map<String, Object> mergePatch(ResourceRef ref, Map<String, Object> patch, boolean dryRun);

    /** Server-side apply with the given field manager, forcing conflicts. */
    Map<String, Object> serverSideApply(Map<String, Object> object, String fieldManager, boolean dryRun);

    /** Deletes the object; false when it did not exist. */
    boolean delete(ResourceRef ref, boolean dryRun);

    /**
     * Asks the server whether the current user may do {@code verb} on {@code group/resource} in the namespace
     * (SelfSubjectAccessReview). Empty when the server gave no answer.
     */
    Optional<Boolean> mayI(String verb, String group, String resource, String namespace);
}
