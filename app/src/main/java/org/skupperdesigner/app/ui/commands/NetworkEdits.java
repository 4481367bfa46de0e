package org.skupperdesigner.app.ui.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.ConnectorSpec;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.MultiKeyListenerSpec;
import org.skupperdesigner.model.resource.MultiKeyStrategy;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.SiteSpec;
import org.skupperdesigner.model.resource.SkupperResource;

/** The designer's edits, each a pure {@link Edit}. Kept free of JavaFX so they are trivially testable. */
public final class NetworkEdits {

    private NetworkEdits() {
    }

    /** A short, Skupper-valid base name for a new site on {@code platform}. */
    public static String siteBaseName(Platform platform) {
        return platform == Platform.KUBERNETES ? "cluster" : platform.id() + "-host";
    }

    /** The id the next site added with {@link #addSite} will get. */
    public static String nextSiteId(Network network, Platform platform) {
        String base = siteBaseName(platform);
        for (int i = 1; ; i++) {
            String candidate = base + "-" + i;
            if (network.site(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    public static Edit addSite(Platform platform, Position position) {
        return new Edit("Add " + PlatformNames.label(platform) + " site", network -> {
            String id = nextSiteId(network, platform);
            return network.withSite(NetworkSite.create(id, platform, SiteSpec.empty(), position));
        });
    }

    public static Edit addListener(String siteId) {
        return new Edit("Add listener", network -> network.updateSite(siteId, site -> {
            String name = freeResourceName(site, ResourceKind.LISTENER, "service");
            return site.withResource(new Listener(ObjectMeta.named(name), ListenerSpec.of(name, name, 8080)));
        }));
    }

    public static Edit addConnector(String siteId) {
        return new Edit("Add connector", network -> network.updateSite(siteId, site -> {
            String name = freeResourceName(site, ResourceKind.CONNECTOR, "service");
            ConnectorSpec spec = site.platform().isKubernetes() ? ConnectorSpec.ofSelector(name, "app=" + name, 8080)
                    : ConnectorSpec.ofHost(name, "localhost", 8080);
            return site.withResource(new Connector(ObjectMeta.named(name), spec));
        }));
    }

    /**
     * A multi-key listener with a priority strategy: new connections go to {@code service} while it has a reachable
     * connector, and fail over to {@code service-backup} (both keys to be renamed to the real services). It takes
     * the first port from 8080 that no listener of the site uses, so it does not clash with them.
     */
    public static Edit addMultiKeyListener(String siteId) {
        return new Edit("Add multi-key listener", network -> network.updateSite(siteId, site -> {
            String name = freeResourceName(site, ResourceKind.MULTI_KEY_LISTENER, "service-failover");
            MultiKeyListenerSpec spec = new MultiKeyListenerSpec(name, freeListenerPort(site), null, null, null,
                    MultiKeyStrategy.priority(List.of("service", "service-backup")), Map.of(), Map.of());
            return site.withResource(new MultiKeyListener(ObjectMeta.named(name), spec));
        }));
    }

    private static int freeListenerPort(NetworkSite site) {
        Set<Integer> used = new java.util.HashSet<>();
        site.resourcesOf(Listener.class).forEach(l -> used.add(l.spec().port()));
        site.resourcesOf(MultiKeyListener.class).forEach(m -> used.add(m.spec().port()));
        int port = 8080;
        while (used.contains(port)) {
            port++;
        }
        return port;
    }

    /** A link where {@code fromSite} dials {@code toSite}; no-op for self links and existing pairs. */
    public static Edit addLink(String fromSite, String toSite) {
        return new Edit("Link " + fromSite + " to " + toSite, network -> {
            boolean exists = network.links().stream().anyMatch(l -> l.touches(fromSite) && l.touches(toSite));
            if (fromSite.equals(toSite) || exists || network.site(fromSite).isEmpty()
                    || network.site(toSite).isEmpty()) {
                return network;
            }
            NetworkLink link = NetworkLink.between(fromSite, toSite);
            return network.withLink(new NetworkLink(network.freeLinkId(link.id()), fromSite, toSite, 1, null, null));
        });
    }

    public static Edit moveSites(Map<String, Position> positions) {
        String label = positions.size() == 1 ? "Move site" : "Move " + positions.size() + " sites";
        return new Edit(label, network -> {
            Network result = network;
            for (Map.Entry<String, Position> e : positions.entrySet()) {
                result = result.updateSite(e.getKey(), s -> s.withPosition(e.getValue()));
            }
            return result;
        });
    }

    /** Deletes sites (with their links), links and resources named by element id. */
    public static Edit delete(Collection<String> elementIds) {
        Set<String> ids = Set.copyOf(elementIds);
        String label = ids.size() == 1 ? "Delete " + describe(ids.iterator().next()) : "Delete " + ids.size()
                + " elements";
        return new Edit(label, network -> {
            Network result = network;
            for (String id : ids) {
                if (ElementIds.isSite(id)) {
                    result = result.withoutSite(ElementIds.siteOf(id));
                } else if (ElementIds.isLink(id)) {
                    result = result.withoutLink(id.substring(ElementIds.LINK_PREFIX.length()));
                } else {
                    result = deleteResource(result, id);
                }
            }
            return result;
        });
    }

    private static Network deleteResource(Network network, String elementId) {
        String[] parts = elementId.split("/", 3);
        if (parts.length != 3) {
            return network;
        }
        return ResourceKind.ofKind(parts[1])
                .filter(kind -> kind != ResourceKind.SITE)
                .map(kind -> network.updateSite(parts[0], s -> s.withoutResource(kind, parts[2])))
                .orElse(network);
    }

    /** Replaces one site's resource (matched by kind and old name) with {@code replacement}. */
    public static Edit replaceResource(String label, String siteId, SkupperResource old,
                                       SkupperResource replacement) {
        return new Edit(label, network -> network.updateSite(siteId, s -> s.replacing(old, replacement)));
    }

    public static Edit updateSite(String label, String siteId, UnaryOperator<NetworkSite> change) {
        return new Edit(label, network -> network.updateSite(siteId, change));
    }

    public static Edit updateLink(String label, String linkId, UnaryOperator<NetworkLink> change) {
        return new Edit(label, network -> network.link(linkId).map(l -> network.withLink(change.apply(l)))
                .orElse(network));
    }

    /**
     * Adds copies of {@code sites} shifted by ({@code dx},{@code dy}) with fresh ids, plus copies of the links among
     * them. Used by paste and duplicate.
     */
    public static Edit pasteSites(List<NetworkSite> sites, List<NetworkLink> links, double dx, double dy) {
        String label = sites.size() == 1 ? "Paste site" : "Paste " + sites.size() + " sites";
        return new Edit(label, network -> {
            Network result = network;
            Map<String, String> renamed = new java.util.HashMap<>();
            for (NetworkSite site : sites) {
                String id = result.freeSiteId(site.id());
                renamed.put(site.id(), id);
                NetworkSite copy = new NetworkSite(id, site.namespace().equals(site.id()) ? id : site.namespace(),
                        site.platform(), site.target(), new Position(site.position().x() + dx,
                        site.position().y() + dy), site.notes(), site.externalHost(), renameSiteResource(site, id));
                result = result.withSite(copy);
            }
            for (NetworkLink link : links) {
                String from = renamed.get(link.fromSite());
                String to = renamed.get(link.toSite());
                if (from != null && to != null) {
                    String id = result.freeLinkId(from + "-to-" + to);
                    result = result.withLink(new NetworkLink(id, from, to, link.cost(), link.routerAccess(), null));
                }
            }
            return result;
        });
    }

    private static List<SkupperResource> renameSiteResource(NetworkSite site, String newName) {
        List<SkupperResource> copy = new ArrayList<>();
        for (SkupperResource r : site.resources()) {
            copy.add(r.kind() == ResourceKind.SITE && r.name().equals(site.name()) ? r.withName(newName) : r);
        }
        return copy;
    }

    public static String freeResourceName(NetworkSite site, ResourceKind kind, String base) {
        if (site.find(kind, base).isEmpty()) {
            return base;
        }
        for (int i = 2; ; i++) {
            if (site.find(kind, base + "-" + i).isEmpty()) {
                return base + "-" + i;
            }
        }
    }

    private static String describe(String elementId) {
        if (ElementIds.isSite(elementId)) {
            return "site " + ElementIds.siteOf(elementId);
        }
        if (ElementIds.isLink(elementId)) {
            return "link";
        }
        String[] parts = elementId.split("/", 3);
        return parts.length == 3 ? parts[1].toLowerCase(java.util.Locale.ROOT) + " " + parts[2] : elementId;
    }
}
