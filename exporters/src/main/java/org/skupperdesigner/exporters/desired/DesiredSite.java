package org.skupperdesigner.exporters.desired;

import java.util.List;

import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.Secret;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Everything one site should hold: its own resources and those generated for its links, with namespaces filled in
 * and the designer's labels, in apply order.
 *
 * @param site          the design's site
 * @param resources     ready to apply, in apply order
 * @param pendingTokens AccessTokens that are completed at apply time from a grant's status
 */
public record DesiredSite(NetworkSite site, List<SkupperResource> resources, List<AccessToken> pendingTokens) {

    public DesiredSite {
        resources = List.copyOf(resources);
        pendingTokens = List.copyOf(pendingTokens);
    }

    public String id() {
        return site.id();
    }

    public String name() {
        return site.name();
    }

    /** True when the resource carries a private key and must be written owner-only and never printed. */
    public static boolean isSensitive(SkupperResource resource) {
        return resource instanceof Secret secret && (secret.holdsPrivateKey()
                || "true".equals(secret.metadata().annotations().get(DesignerMetadata.SENSITIVE)));
    }
}
