package org.skupperdesigner.model.validation.rules.names;

import java.util.EnumSet;
import java.util.Set;

import org.skupperdesigner.model.resource.ResourceKind;

/** The kinds whose names the non-kube validator checks against the RFC 1123 label pattern (reference F.2, A.3). */
final class SystemNamedKinds {

    static final Set<ResourceKind> KINDS = EnumSet.of(ResourceKind.SITE, ResourceKind.ROUTER_ACCESS,
            ResourceKind.LINK, ResourceKind.ACCESS_TOKEN, ResourceKind.ACCESS_GRANT, ResourceKind.LISTENER,
            ResourceKind.CONNECTOR, ResourceKind.MULTI_KEY_LISTENER);

    private SystemNamedKinds() {
    }
}
