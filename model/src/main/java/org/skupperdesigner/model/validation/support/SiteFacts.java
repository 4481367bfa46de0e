package org.skupperdesigner.model.validation.support;

import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.model.network.NetworkSite;

/**
 * What network-wide rules need to know about one site, derived from the site alone so the incremental validator can
 * keep it for unchanged sites.
 *
 * @param site          the site record it was derived from
 * @param access        how the site can be dialed
 * @param services      its routing-key endpoints
 * @param shape         what topology-scoped rules read about it
 * @param serviceShapes what services-scoped rules read about its endpoints
 */
public record SiteFacts(NetworkSite site, SiteAccess access, SiteServices services, SiteShape shape,
                        List<ServiceShape> serviceShapes) {

    public static SiteFacts of(NetworkSite site) {
        SiteServices services = SiteServices.of(site);
        List<ServiceShape> shapes = new ArrayList<>();
        services.listeners().forEach(e -> shapes.add(ServiceShape.of(site, e)));
        services.connectors().forEach(e -> shapes.add(ServiceShape.of(site, e)));
        return new SiteFacts(site, SiteAccess.of(site), services, SiteShape.of(site), List.copyOf(shapes));
    }
}
