package org.skupperdesigner.model.validation.rules.links;

import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.ValidationContext;
import org.skupperdesigner.model.validation.support.SiteAccess;

/**
 * The first thing wrong with a link's ends, so each broken link gets exactly one finding from the link rules
 * (the checks run in this order).
 */
public enum LinkVerdict {
    UNKNOWN_SITE, SELF, TARGET_EDGE, NO_ACCESS, UNKNOWN_ROUTER_ACCESS, ROLE_MISSING, OK;

    public static LinkVerdict of(ValidationContext ctx, NetworkLink link) {
        NetworkSite from = ctx.site(link.fromSite());
        NetworkSite to = ctx.site(link.toSite());
        if (from == null || to == null) {
            return UNKNOWN_SITE;
        }
        if (from.id().equals(to.id())) {
            return SELF;
        }
        if (to.isEdge()) {
            return TARGET_EDGE;
        }
        SiteAccess access = ctx.access(to.id());
        if (!access.declaresAccess()) {
            return NO_ACCESS;
        }
        if (link.routerAccess() != null && !access.knowsRouterAccess(link.routerAccess())) {
            return UNKNOWN_ROUTER_ACCESS;
        }
        return access.offersRole(SiteAccess.dialRole(from), link.routerAccess()) ? OK : ROLE_MISSING;
    }

    /** True when the link is realized by an AccessToken (so findings name the token). */
    public static boolean realizedByToken(NetworkLink link) {
        return link.realizedBy() != null && link.realizedBy().startsWith("AccessToken/");
    }

    /** Element ids for a finding about the link: the link, then the realizing resource when there is one. */
    public static String[] elements(NetworkLink link) {
        if (link.realizedBy() == null) {
            return new String[] {"link/" + link.id()};
        }
        return new String[] {"link/" + link.id(), link.fromSite() + "/" + link.realizedBy()};
    }
}
