package org.skupperdesigner.exporters.plain;

import java.util.Comparator;
import java.util.List;

import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * The order documents are written in: what others depend on first (Site, Secrets, access), then links, then
 * services; by name within a kind. Independent of the order the user drew things in, so output is deterministic.
 */
public final class SiteResourceOrder {

    private static final List<ResourceKind> ORDER = List.of(ResourceKind.SITE, ResourceKind.SECRET,
            ResourceKind.CERTIFICATE, ResourceKind.ROUTER_ACCESS, ResourceKind.SECURED_ACCESS,
            ResourceKind.ACCESS_GRANT, ResourceKind.ACCESS_TOKEN, ResourceKind.LINK, ResourceKind.LISTENER,
            ResourceKind.MULTI_KEY_LISTENER, ResourceKind.CONNECTOR, ResourceKind.ATTACHED_CONNECTOR_BINDING,
            ResourceKind.ATTACHED_CONNECTOR);

    public static final Comparator<SkupperResource> COMPARATOR = Comparator
            .comparingInt((SkupperResource r) -> ORDER.indexOf(r.kind()))
            .thenComparing(SkupperResource::name);

    private SiteResourceOrder() {
    }

    /** The position of a kind (by its Kubernetes kind string) in the apply order; unknown kinds go last. */
    public static int indexOf(String kind) {
        return ResourceKind.ofKind(kind).map(ORDER::indexOf).orElse(ORDER.size());
    }

    public static List<SkupperResource> sorted(List<SkupperResource> resources) {
        return resources.stream().sorted(COMPARATOR).toList();
    }
}
