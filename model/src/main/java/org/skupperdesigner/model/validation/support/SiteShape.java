package org.skupperdesigner.model.validation.support;

import java.util.List;

import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.resource.AccessGrant;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Everything about a site that topology-scoped rules may read: where it is and the resources that decide how it
 * links (Site, RouterAccess, AccessGrant, AccessToken, Link). Editing a listener, connector or secret leaves it
 * equal, so topology findings are reused.
 *
 * @param id           the site id
 * @param namespace    its namespace
 * @param platform     its platform
 * @param target       where it is applied
 * @param externalHost the host other sites dial
 * @param linking      its Site, RouterAccess, AccessGrant, AccessToken and Link resources, in order
 */
public record SiteShape(String id, String namespace, Platform platform, SiteTarget target, String externalHost,
                        List<SkupperResource> linking) {

    public static SiteShape of(NetworkSite site) {
        List<SkupperResource> linking = site.resources().stream().filter(SiteShape::shapesLinking).toList();
        return new SiteShape(site.id(), site.namespace(), site.platform(), site.target(), site.externalHost(),
                linking);
    }

    static boolean shapesLinking(SkupperResource r) {
        return r instanceof Site || r instanceof RouterAccess || r instanceof AccessGrant || r instanceof AccessToken
                || r instanceof Link;
    }
}
