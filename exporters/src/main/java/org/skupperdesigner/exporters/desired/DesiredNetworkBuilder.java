package org.skupperdesigner.exporters.desired;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.skupperdesigner.exporters.links.LinkRealization;
import org.skupperdesigner.exporters.links.LinkRealizer;
import org.skupperdesigner.exporters.plain.SiteResourceOrder;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Renders a design into {@link DesiredNetwork}: the user's resources plus the generated link resources, each with
 * its namespace, the managed-by and network labels, and (on the Site) the annotations a re-import needs.
 * Deterministic: the same design gives the same result.
 */
public final class DesiredNetworkBuilder {

    private final LinkRealizer links;

    public DesiredNetworkBuilder(LinkRealizer links) {
        this.links = links;
    }

    public DesiredNetwork build(Network network) {
        LinkRealization realization = links.realize(network);
        String networkLabel = DesignerMetadata.labelValue(network.name());
        List<DesiredSite> sites = new ArrayList<>();
        for (NetworkSite site : network.sites()) {
            List<SkupperResource> resources = new ArrayList<>();
            for (SkupperResource r : site.resources()) {
                resources.add(prepare(site, r instanceof Site s ? annotateSite(network, site, s) : r, networkLabel));
            }
            for (SkupperResource r : realization.generatedFor(site.id())) {
                resources.add(prepare(site, r, networkLabel));
            }
            resources.sort(SiteResourceOrder.COMPARATOR);
            List<AccessToken> pending = realization.pendingTokensFor(site.id()).stream()
                    .map(t -> (AccessToken) prepare(site, t, networkLabel))
                    .sorted(Comparator.comparing(AccessToken::name)).toList();
            sites.add(new DesiredSite(site, resources, pending));
        }
        return new DesiredNetwork(network, sites, realization.exchanges(), realization.problems());
    }

    private static SkupperResource prepare(NetworkSite site, SkupperResource resource, String networkLabel) {
        ObjectMeta meta = resource.metadata();
        if (meta.namespace() == null) {
            meta = meta.withNamespace(site.namespace());
        }
        meta = meta.withLabel(DesignerMetadata.MANAGED_BY, DesignerMetadata.MANAGER)
                .withLabel(DesignerMetadata.NETWORK, networkLabel);
        return resource.withMetadata(meta);
    }

    private static Site annotateSite(Network network, NetworkSite site, Site resource) {
        ObjectMeta meta = resource.metadata().withAnnotation(DesignerMetadata.PLATFORM, site.platform().id())
                .withAnnotation(DesignerMetadata.LINK_MODE, network.linkMode().id());
        if (!site.id().equals(resource.name())) {
            meta = meta.withAnnotation(DesignerMetadata.SITE_ID, site.id());
        }
        meta = meta.withAnnotation(DesignerMetadata.TARGET_CONTEXT, site.target().context())
                .withAnnotation(DesignerMetadata.TARGET_HOST, site.target().host())
                .withAnnotation(DesignerMetadata.EXTERNAL_HOST, blankToNull(site.externalHost()));
        return resource.withMetadata(meta);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
