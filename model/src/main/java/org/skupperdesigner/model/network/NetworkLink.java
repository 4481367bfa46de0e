package org.skupperdesigner.model.network;

import java.util.Objects;

/**
 * A link in the design's topology: {@code fromSite} dials {@code toSite}. Held explicitly even when the real Link
 * will only be created later from a token.
 *
 * @param id           stable id, unique in the network
 * @param fromSite     id of the dialing site (where the Link/AccessToken lives)
 * @param toSite       id of the accepting site (needs link access)
 * @param cost         routing cost, >= 1 (Skupper treats lower values as 1)
 * @param routerAccess name of the RouterAccess on the accepting site to dial through; null = the site's default
 * @param realizedBy   {@code Kind/name} of a Link or AccessToken in the dialing site that already realizes this
 *                     link (imported YAML), or null when export should generate it
 */
public record NetworkLink(String id, String fromSite, String toSite, int cost, String routerAccess,
                          String realizedBy) {

    public NetworkLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fromSite, "fromSite");
        Objects.requireNonNull(toSite, "toSite");
    }

    public static NetworkLink between(String fromSite, String toSite) {
        return new NetworkLink(fromSite + "-to-" + toSite, fromSite, toSite, 1, null, null);
    }

    public int effectiveCost() {
        return Math.max(1, cost);
    }

    public NetworkLink withCost(int newCost) {
        return new NetworkLink(id, fromSite, toSite, newCost, routerAccess, realizedBy);
    }

    public NetworkLink withRealizedBy(String kindAndName) {
        return new NetworkLink(id, fromSite, toSite, cost, routerAccess, kindAndName);
    }

    public boolean touches(String siteId) {
        return fromSite.equals(siteId) || toSite.equals(siteId);
    }

    /** The site at the other end, or null when this link does not touch {@code siteId}. */
    public String otherEnd(String siteId) {
        if (fromSite.equals(siteId)) {
            return toSite;
        }
        return toSite.equals(siteId) ? fromSite : null;
    }
}
