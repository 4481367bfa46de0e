package org.skupperdesigner.exporters.kube;

import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import org.skupperdesigner.model.resource.ResourceKind;

/**
 * The API coordinates of every kind the designer reads or writes. Passing them explicitly (instead of asking the
 * server's discovery each time) saves round trips and works the same on every server.
 */
public final class KubeKinds {

    public static final String NAMESPACE = "Namespace";
    public static final String DEPLOYMENT = "Deployment";

    private static final Map<String, ResourceDefinitionContext> EXTRA = Map.of(
            NAMESPACE, context("", "v1", NAMESPACE, "namespaces", false),
            DEPLOYMENT, context("apps", "v1", DEPLOYMENT, "deployments", true));

    private KubeKinds() {
    }

    public static ResourceDefinitionContext of(String kind) {
        Optional<ResourceKind> known = ResourceKind.ofKind(kind);
        if (known.isPresent()) {
            ResourceKind k = known.get();
            return k.isSkupper() ? context(ResourceKind.SKUPPER_GROUP, "v2alpha1", k.kind(), k.plural(), true)
                    : context("", "v1", k.kind(), k.plural(), true);
        }
        ResourceDefinitionContext extra = EXTRA.get(kind);
        if (extra == null) {
            throw new IllegalArgumentException("unknown kind " + kind);
        }
        return extra;
    }

    public static String apiVersion(String kind) {
        ResourceDefinitionContext c = of(kind);
        return c.getGroup() == null || c.getGroup().isEmpty() ? c.getVersion() : c.getGroup() + "/" + c.getVersion();
    }

    private static ResourceDefinitionContext context(String group, String version, String kind, String plural,
                                                     boolean namespaced) {
        return new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version).withKind(kind)
                .withPlural(plural).withNamespaced(namespaced).build();
    }
}
