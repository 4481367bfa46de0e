package org.skupperdesigner.model.validation.support;

import java.util.List;
import java.util.Optional;

import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.RouterAccessRole;

/**
 * How a site can be dialed: its {@code linkAccess} (which makes the controller create a RouterAccess with both
 * roles, named {@code skupper-router} on Kubernetes and after the site on system sites) and any RouterAccess
 * written by hand (reference B.1, B.7, F.3).
 *
 * @param siteId         the site
 * @param siteName       its Site resource's name
 * @param kubernetes     whether it runs on Kubernetes
 * @param edge           whether it is an edge site (which accepts nothing, whatever else is set)
 * @param linkAccess     {@code spec.linkAccess} when set and not {@code none}, else null
 * @param routerAccesses RouterAccess resources of the site, in order
 */
public record SiteAccess(String siteId, String siteName, boolean kubernetes, boolean edge, String linkAccess,
                         List<RouterAccess> routerAccesses) {

    /** Name of the RouterAccess the Kubernetes controller derives from linkAccess. */
    public static final String KUBE_IMPLICIT_ROUTER_ACCESS = "skupper-router";

    public static SiteAccess of(NetworkSite site) {
        String access = site.siteSpec().hasLinkAccess() ? site.siteSpec().linkAccess() : null;
        return new SiteAccess(site.id(), site.name(), site.platform().isKubernetes(), site.isEdge(), access,
                site.resourcesOf(RouterAccess.class).toList());
    }

    /** The role a site dials with: {@code edge} for edge sites, {@code inter-router} otherwise (reference E.5). */
    public static String dialRole(NetworkSite dialer) {
        return dialer.isEdge() ? RouterAccessRole.EDGE : RouterAccessRole.INTER_ROUTER;
    }

    /** Whether anything on the site is set up to accept links (even if it cannot, being edge). */
    public boolean declaresAccess() {
        return linkAccess != null || !routerAccesses.isEmpty();
    }

    /** Whether other sites can dial this one at all. */
    public boolean acceptsLinks() {
        return !edge && declaresAccess();
    }

    public String implicitRouterAccessName() {
        return kubernetes ? KUBE_IMPLICIT_ROUTER_ACCESS : siteName;
    }

    /** Whether a RouterAccess of that name exists, written or implied by linkAccess. */
    public boolean knowsRouterAccess(String name) {
        return (linkAccess != null && implicitRouterAccessName().equals(name)) || routerAccess(name).isPresent();
    }

    public Optional<RouterAccess> routerAccess(String name) {
        return routerAccesses.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * Whether a dialer needing {@code role} finds it: through the named RouterAccess when {@code routerAccessName}
     * is set, else through linkAccess or any RouterAccess offering the role. Edge sites offer nothing.
     */
    public boolean offersRole(String role, String routerAccessName) {
        if (edge) {
            return false;
        }
        if (routerAccessName != null) {
            Optional<RouterAccess> ra = routerAccess(routerAccessName);
            if (ra.isPresent()) {
                return ra.get().spec().hasRole(role);
            }
            return linkAccess != null && implicitRouterAccessName().equals(routerAccessName);
        }
        return linkAccess != null || routerAccesses.stream().anyMatch(r -> r.spec().hasRole(role));
    }

    /** Whether {@code link} works as drawn: both ends exist and differ, and the target offers the dialer's role. */
    public static boolean usable(NetworkLink link, NetworkSite from, NetworkSite to, SiteAccess toAccess) {
        return from != null && to != null && !from.id().equals(to.id())
                && toAccess.offersRole(dialRole(from), link.routerAccess());
    }
}
