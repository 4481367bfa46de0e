package org.skupperdesigner.model.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.WeightedMultigraph;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.support.SiteAccess;
import org.skupperdesigner.model.validation.support.SiteServices;

/**
 * The links that would actually come up, as the routers see them (reference E.1, E.5, H): interior sites are the
 * vertices of a weighted graph whose edges are usable links between interior sites (weight = cost, at least 1);
 * edge sites are not vertices but hang off interior sites through their usable uplinks, of which the first in
 * design order is the active one (the others take over when it is lost). A link is usable when both ends exist
 * and differ, the accepting site is interior and offers the role the dialer needs. Built once per snapshot.
 */
public final class RoutingTopology {

    private final Network network;
    private final Map<String, NetworkSite> sites = new LinkedHashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, SiteServices> services = new HashMap<>();
    private final Graph<String, NetworkLink> interior = new WeightedMultigraph<>(NetworkLink.class);
    private final Map<String, List<NetworkLink>> uplinks = new HashMap<>();
    private final List<NetworkLink> usable = new ArrayList<>();
    private final List<NetworkLink> unusable = new ArrayList<>();

    public RoutingTopology(Network network) {
        this.network = network;
        for (NetworkSite s : network.sites()) {
            if (sites.putIfAbsent(s.id(), s) == null) {
                order.put(s.id(), order.size());
                services.put(s.id(), SiteServices.of(s));
                if (!s.isEdge()) {
                    interior.addVertex(s.id());
                }
            }
        }
        Map<String, SiteAccess> access = new HashMap<>();
        for (NetworkLink l : network.links()) {
            NetworkSite from = sites.get(l.fromSite());
            NetworkSite to = sites.get(l.toSite());
            boolean ok = from != null && to != null
                    && SiteAccess.usable(l, from, to, access.computeIfAbsent(to.id(), k -> SiteAccess.of(to)));
            if (!ok) {
                unusable.add(l);
                continue;
            }
            usable.add(l);
            if (from.isEdge()) {
                uplinks.computeIfAbsent(from.id(), k -> new ArrayList<>()).add(l);
            } else {
                interior.addEdge(from.id(), to.id(), l);
                interior.setEdgeWeight(l, l.effectiveCost());
            }
        }
    }

    public Network network() {
        return network;
    }

    public NetworkSite site(String id) {
        return sites.get(id);
    }

    public List<NetworkSite> sites() {
        return List.copyOf(sites.values());
    }

    /** Position of the site in the design (for stable tie-breaking). */
    public int order(String siteId) {
        return order.getOrDefault(siteId, Integer.MAX_VALUE);
    }

    public boolean isEdge(String siteId) {
        NetworkSite s = sites.get(siteId);
        return s != null && s.isEdge();
    }

    public SiteServices services(String siteId) {
        return services.get(siteId);
    }

    /** Interior sites and the usable links between them, weighted by cost. */
    public Graph<String, NetworkLink> interiorGraph() {
        return interior;
    }

    /** An edge site's usable uplinks in design order; the first is active. */
    public List<NetworkLink> uplinks(String edgeSiteId) {
        return uplinks.getOrDefault(edgeSiteId, List.of());
    }

    /** The active uplink of an edge site, or null (interior sites and edge sites without one). */
    public NetworkLink activeUplink(String edgeSiteId) {
        List<NetworkLink> u = uplinks(edgeSiteId);
        return u.isEmpty() ? null : u.get(0);
    }

    /**
     * The interior router a site's traffic enters the interior network at: the site itself when interior, the
     * target of its active uplink when edge, null for an edge site without an uplink.
     */
    public String ingress(String siteId) {
        if (!isEdge(siteId)) {
            return sites.containsKey(siteId) ? siteId : null;
        }
        NetworkLink up = activeUplink(siteId);
        return up == null ? null : up.toSite();
    }

    public List<NetworkLink> usableLinks() {
        return usable;
    }

    /** Links that will not come up (broken ends, no access, missing role); validation says why. */
    public List<NetworkLink> unusableLinks() {
        return unusable;
    }
}
