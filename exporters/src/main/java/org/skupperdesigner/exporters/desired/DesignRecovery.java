package org.skupperdesigner.exporters.desired;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.resource.AccessGrant;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Turns resources that Skupper Designer exported or applied back into the design they came from: generated link
 * resources (grants, tokens, the Links and Secrets Skupper made from those tokens, pre-issued Links, Secrets and
 * RouterAccess) fold back into design links, the Site's annotations restore the site's platform, target and external
 * host, and the designer's labels are removed. Resources the designer did not generate are left as they are.
 */
public final class DesignRecovery {

    public Network recover(Network imported) {
        Map<String, LinkFacts> facts = new LinkedHashMap<>();
        Set<String> generatedRefs = new HashSet<>();
        Map<String, String> siteIds = new LinkedHashMap<>();
        LinkMode linkMode = null;
        List<NetworkSite> sites = new ArrayList<>();
        for (NetworkSite site : imported.sites()) {
            Optional<Site> siteResource = site.siteResource();
            Map<String, String> ann = siteResource.map(s -> s.metadata().annotations()).orElse(Map.of());
            if (linkMode == null && ann.containsKey(DesignerMetadata.LINK_MODE)) {
                linkMode = LinkMode.ofId(ann.get(DesignerMetadata.LINK_MODE)).orElse(null);
            }
            String id = ann.getOrDefault(DesignerMetadata.SITE_ID, site.id());
            siteIds.put(site.id(), id);
            Map<String, String> linkIdByToken = new LinkedHashMap<>();
            site.resources().stream().filter(r -> r instanceof AccessToken && isGenerated(r)).forEach(r ->
                    linkIdByToken.put(r.name(), r.metadata().annotations().get(DesignerMetadata.LINK_ID)));
            List<SkupperResource> kept = new ArrayList<>();
            for (SkupperResource r : site.resources()) {
                if (isGenerated(r) || madeFromToken(r, linkIdByToken.keySet())) {
                    collect(site, r, facts);
                    if (r instanceof Link link && !isGenerated(r)) {
                        // The Link Skupper made from our token: its cost is what is live (it may have been updated).
                        String linkId = linkIdByToken.getOrDefault(r.name(),
                                linkIdByToken.get(r.name().replaceFirst("-[12]$", "")));
                        if (linkId != null) {
                            facts.computeIfAbsent(linkId, LinkFacts::new).liveCost = link.spec().effectiveCost();
                        }
                    }
                    generatedRefs.add(site.id() + "/" + r.kindAndName());
                } else {
                    kept.add(withoutDesignerMetadata(r));
                }
            }
            Platform platform = Optional.ofNullable(ann.get(DesignerMetadata.PLATFORM)).flatMap(Platform::ofId)
                    .orElse(site.platform());
            SiteTarget target = ann.containsKey(DesignerMetadata.TARGET_CONTEXT)
                    || ann.containsKey(DesignerMetadata.TARGET_HOST)
                    ? new SiteTarget(ann.get(DesignerMetadata.TARGET_CONTEXT), ann.get(DesignerMetadata.TARGET_HOST))
                    : site.target();
            String externalHost = ann.getOrDefault(DesignerMetadata.EXTERNAL_HOST, site.externalHost());
            sites.add(new NetworkSite(id, site.namespace(), platform, target, site.position(), site.notes(),
                    externalHost, kept));
        }
        List<NetworkLink> links = new ArrayList<>();
        for (NetworkLink l : imported.links()) {
            if (l.realizedBy() != null && generatedRefs.contains(l.fromSite() + "/" + l.realizedBy())) {
                continue;
            }
            links.add(new NetworkLink(l.id(), siteIds.getOrDefault(l.fromSite(), l.fromSite()),
                    siteIds.getOrDefault(l.toSite(), l.toSite()), l.cost(), l.routerAccess(), l.realizedBy()));
        }
        for (LinkFacts f : facts.values()) {
            if (f.from != null && f.to != null) {
                links.add(new NetworkLink(f.id, idOf(imported, siteIds, f.from), idOf(imported, siteIds, f.to),
                        f.liveCost != null ? f.liveCost : f.cost, f.routerAccess, null));
            }
        }
        return new Network(imported.name(), imported.notes(), linkMode != null ? linkMode : imported.linkMode(),
                sites, links, imported.simulation());
    }

    public static boolean isGenerated(SkupperResource r) {
        Map<String, String> ann = r.metadata().annotations();
        return ann.containsKey(DesignerMetadata.LINK_ID) || ann.containsKey(DesignerMetadata.GENERATED);
    }

    /** Skupper names the Secret and Link(s) it creates when redeeming a token after the token (E.4). */
    private static boolean madeFromToken(SkupperResource r, Set<String> tokenNames) {
        if (r.kind() != ResourceKind.LINK && r.kind() != ResourceKind.SECRET) {
            return false;
        }
        String name = r.name();
        return tokenNames.contains(name) || tokenNames.contains(name.replaceFirst("-[12]$", ""));
    }

    private static void collect(NetworkSite site, SkupperResource r, Map<String, LinkFacts> facts) {
        String linkId = r.metadata().annotations().get(DesignerMetadata.LINK_ID);
        if (linkId == null) {
            return;
        }
        LinkFacts f = facts.computeIfAbsent(linkId, LinkFacts::new);
        Map<String, String> ann = r.metadata().annotations();
        if (r instanceof AccessGrant) {
            f.to = site.id();
            f.from = f.from != null ? f.from : ann.get(DesignerMetadata.DIALING_SITE);
        } else if (r instanceof AccessToken token) {
            f.from = site.id();
            f.to = f.to != null ? f.to : ann.get(DesignerMetadata.TARGET_SITE);
            f.cost = token.spec().effectiveLinkCost();
            f.routerAccess = ann.get(DesignerMetadata.ROUTER_ACCESS);
        } else if (r instanceof Link link) {
            f.from = site.id();
            f.to = f.to != null ? f.to : ann.get(DesignerMetadata.TARGET_SITE);
            f.cost = link.spec().effectiveCost();
            f.routerAccess = ann.get(DesignerMetadata.ROUTER_ACCESS);
        }
    }

    private static String idOf(Network imported, Map<String, String> siteIds, String siteRef) {
        if (siteIds.containsKey(siteRef)) {
            return siteIds.get(siteRef);
        }
        if (siteIds.containsValue(siteRef)) {
            return siteRef;
        }
        return imported.siteByIdOrName(siteRef).map(s -> siteIds.getOrDefault(s.id(), s.id())).orElse(siteRef);
    }

    /** Removes the labels and annotations the designer adds, leaving the user's own. */
    public static SkupperResource withoutDesignerMetadata(SkupperResource r) {
        ObjectMeta meta = r.metadata();
        if (DesignerMetadata.MANAGER.equals(meta.labels().get(DesignerMetadata.MANAGED_BY))) {
            meta = meta.withLabel(DesignerMetadata.MANAGED_BY, null).withLabel(DesignerMetadata.NETWORK, null);
        }
        if (r instanceof Site) {
            for (String key : List.of(DesignerMetadata.SITE_ID, DesignerMetadata.PLATFORM,
                    DesignerMetadata.TARGET_CONTEXT, DesignerMetadata.TARGET_HOST, DesignerMetadata.EXTERNAL_HOST,
                    DesignerMetadata.LINK_MODE)) {
                meta = meta.withAnnotation(key, null);
            }
        }
        return r.withMetadata(meta);
    }

    /** What the generated resources of one design link tell about it. */
    private static final class LinkFacts {
        final String id;
        String from;
        String to;
        int cost = 1;
        Integer liveCost;
        String routerAccess;

        LinkFacts(String id) {
            this.id = id;
        }
    }
}
