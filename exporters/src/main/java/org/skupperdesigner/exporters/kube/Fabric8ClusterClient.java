package org.skupperdesigner.exporters.kube;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.skupperdesigner.exporters.plan.ResourceRef;

/** {@link ClusterClient} over a fabric8 {@link KubernetesClient}; the client's lifecycle belongs to the caller. */
public final class Fabric8ClusterClient implements ClusterClient {

    private final String context;
    private final KubernetesClient client;
    private final KubernetesSerialization json;

    public Fabric8ClusterClient(String context, KubernetesClient client) {
        this.context = context;
        this.client = client;
        this.json = client.getKubernetesSerialization();
    }

    @Override
    public String context() {
        return context;
    }

    @Override
    public String server() {
        return String.valueOf(client.getMasterUrl());
    }

    @Override
    public String serverVersion() {
        VersionInfo version = call("read the server version", client::getKubernetesVersion);
        return version == null ? "unknown" : version.getMajor() + "." + version.getMinor();
    }

    @Override
    public Set<String> servedResources(String groupVersion) {
        APIResourceList list = call("list the resources of " + groupVersion,
                () -> client.getApiResources(groupVersion));
        Set<String> names = new TreeSet<>();
        if (list != null && list.getResources() != null) {
            list.getResources().stream().map(APIResource::getName).forEach(names::add);
        }
        return names;
    }

    @Override
    public Optional<Map<String, Object>> get(ResourceRef ref) {
        GenericKubernetesResource found = call("read " + ref, () -> named(ref).get());
        return Optional.ofNullable(found).map(this::toMap);
    }

    @Override
    public List<Map<String, Object>> list(String kind, String namespace, Map<String, String> labels) {
        MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>>
                op = client.genericKubernetesResources(KubeKinds.of(kind));
        GenericKubernetesResourceList list = call("list " + kind + (namespace == null ? "" : " in " + namespace),
                () -> namespace == null ? op.inAnyNamespace().withLabels(labels).list()
                        : op.inNamespace(namespace).withLabels(labels).list());
        return list.getItems().stream().map(this::toMap).toList();
    }

    @Override
    public Map<String, Object> create(Map<String, Object> object, boolean dryRun) {
        ResourceRef ref = ResourceRef.of(object);
        return toMap(call("create " + ref, () -> scoped(ref).resource(toResource(object)).dryRun(dryRun).create()));
    }

    @Override
    public Map<String, Object> mergePatch(ResourceRef ref, Map<String, Object> patch, boolean dryRun) {
        String body = json.asJson(patch);
        return toMap(call("update " + ref, () -> named(ref).dryRun(dryRun)
                .patch(PatchContext.of(PatchType.JSON_MERGE), body)));
    }

    @Override
    public Map<String, Object> serverSideApply(Map<String, Object> object, String fieldManager, boolean dryRun) {
        ResourceRef ref = ResourceRef.of(object);
        Resource<GenericKubernetesResource> resource = scoped(ref).resource(toResource(object));
        return toMap(call("apply " + ref, () -> dryRun
                ? resource.dryRun().fieldManager(fieldManager).forceConflicts().serverSideApply()
                : resource.fieldManager(fieldManager).forceConflicts().serverSideApply()));
    }

    @Override
    public boolean delete(ResourceRef ref, boolean dryRun) {
        return call("delete " + ref, () -> !named(ref).dryRun(dryRun).delete().isEmpty());
    }

    @Override
    public Optional<Boolean> mayI(String verb, String group, String resource, String namespace) {
        SelfSubjectAccessReview review = new SelfSubjectAccessReviewBuilder().withNewSpec()
                .withNewResourceAttributes().withVerb(verb).withGroup(group).withResource(resource)
                .withNamespace(namespace).endResourceAttributes().endSpec().build();
        SelfSubjectAccessReview answer = call("check permissions",
                () -> client.authorization().v1().selfSubjectAccessReview().create(review));
        if (answer == null || answer.getStatus() == null || answer.getStatus().getAllowed() == null) {
            return Optional.empty();
        }
        return Optional.of(answer.getStatus().getAllowed() && !Boolean.TRUE.equals(answer.getStatus().getDenied()));
    }

    private io.fabric8.kubernetes.client.dsl.NonNamespaceOperation<GenericKubernetesResource,
            GenericKubernetesResourceList, Resource<GenericKubernetesResource>> scoped(ResourceRef ref) {
        MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>>
                op = client.genericKubernetesResources(KubeKinds.of(ref.kind()));
        return ref.namespace() == null ? op : op.inNamespace(ref.namespace());
    }

    private Resource<GenericKubernetesResource> named(ResourceRef ref) {
        return scoped(ref).withName(ref.name());
    }

    private GenericKubernetesResource toResource(Map<String, Object> object) {
        return json.convertValue(object, GenericKubernetesResource.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> toMap(Object resource) {
        if (resource == null) {
            return Map.of();
        }
        return json.convertValue(resource, LinkedHashMap.class);
    }

    private <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (KubernetesClientException e) {
            throw translate(what, e);
        }
    }

    private ClusterAccessException translate(String what, KubernetesClientException e) {
        int code = e.getCode();
        String reason = e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage()
                : rootMessage(e);
        if (code <= 0) {
            return new ClusterAccessException("cannot " + what + ": " + server() + " (context " + context
                    + ") did not answer: " + reason, 0, e);
        }
        return new ClusterAccessException("cannot " + what + " (context " + context + "): " + reason + " (HTTP "
                + code + ")", code, e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": "
                + t.getMessage();
    }
}
