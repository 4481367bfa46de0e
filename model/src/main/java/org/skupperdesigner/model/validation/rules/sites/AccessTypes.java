package org.skupperdesigner.model.validation.rules.sites;

import java.util.Set;

/** Link access types of the Kubernetes controller (reference B.1). */
public final class AccessTypes {

    /** Enabled on every controller. */
    public static final Set<String> DEFAULT_ENABLED = Set.of("local", "loadbalancer", "route");
    /** Exist, but only work when enabled on the controller. */
    public static final Set<String> OPTIONAL = Set.of("nodeport", "ingress", "ingress-nginx", "contour-http-proxy",
            "gateway");

    private AccessTypes() {
    }

    public static boolean isKnown(String type) {
        return DEFAULT_ENABLED.contains(type) || OPTIONAL.contains(type);
    }
}
