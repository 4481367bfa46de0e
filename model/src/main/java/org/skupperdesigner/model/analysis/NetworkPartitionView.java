package org.skupperdesigner.model.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.RouterAccessRole;
import org.skupperdesigner.model.validation.support.ServiceEndpoint;
import org.skupperdesigner.model.validation.support.SiteAccess;

/**
 * The network view: the separate networks in a design (over the links that would come up), and the exposure view:
 * which sites accept links, through which access, and who dials them.
 *
 * @param networks      the separate networks
 * @param exposure      sites that accept links
 * @param unusableLinks links that will not come up, as element ids (validation explains why)
 */
public record NetworkPartitionView(List<SeparateNetwork> networks, List<SiteExposure> exposure,
                                   List<String> unusableLinks) {

    public NetworkPartitionView {
        networks = List.copyOf(networks);
        exposure = List.copyOf(exposure);
        unusableLinks = List.copyOf(unusableLinks);
    }

    public static NetworkPartitionView of(Network network) {
        return of(new RoutingTopology(network));
    }

    public static NetworkPartitionView of(RoutingTopology topology) {
        ConnectivityIndex index = new ConnectivityIndex(topology);
        int[] label = index.attachment(ConnectivityIndex.NONE, ConnectivityIndex.NONE);
        Map<Integer, List<String>> members = new LinkedHashMap<>();
        for (int s = 0; s < index.sites(); s++) {
            members.computeIfAbsent(label[s], k -> new ArrayList<>()).add(index.siteIds[s]);
        }
        List<SeparateNetwork> networks = new ArrayList<>();
        for (List<String> sites : members.values()) {
            TreeSet<String> keys = new TreeSet<>();
            sites.forEach(s -> topology.services(s).connectors().stream().map(ServiceEndpoint::routingKey)
                    .forEach(keys::add));
            networks.add(new SeparateNetwork(networks.size() + 1, sites,
                    sites.stream().filter(topology::isEdge).toList(), new ArrayList<>(keys)));
        }
        List<SiteExposure> exposure = new ArrayList<>();
        for (NetworkSite s : topology.sites()) {
            SiteAccess access = SiteAccess.of(s);
            if (!access.acceptsLinks()) {
                continue;
            }
            List<String> incoming = topology.usableLinks().stream().filter(l -> l.toSite().equals(s.id()))
                    .map(l -> l.id() + " <- " + l.fromSite()).toList();
            exposure.add(new SiteExposure(s.id(), s.platform().id(), accessPoints(s, access), incoming));
        }
        List<String> unusable = topology.unusableLinks().stream().map(NetworkLink::id).map(ElementIds::link).toList();
        return new NetworkPartitionView(networks, exposure, unusable);
    }

    private static List<AccessPoint> accessPoints(NetworkSite s, SiteAccess access) {
        List<AccessPoint> points = new ArrayList<>();
        if (access.linkAccess() != null) {
            points.add(new AccessPoint("linkAccess", access.implicitRouterAccessName(),
                    s.platform().isKubernetes() ? access.linkAccess() : "host",
                    List.of(RouterAccessRole.INTER_ROUTER + ":" + RouterAccessRole.INTER_ROUTER_PORT,
                            RouterAccessRole.EDGE + ":" + RouterAccessRole.EDGE_PORT)));
        }
        for (RouterAccess ra : access.routerAccesses()) {
            String type = !s.platform().isKubernetes() ? "host"
                    : ra.spec().accessType() == null ? "controller default" : ra.spec().accessType();
            points.add(new AccessPoint("RouterAccess", ra.name(), type, ra.spec().roles().stream()
                    .map(r -> r.name() + ":" + r.effectivePort()).toList()));
        }
        return points;
    }

    public String toText() {
        StringBuilder sb = new StringBuilder("Networks: " + networks.size() + "\n");
        for (SeparateNetwork n : networks) {
            sb.append("  #").append(n.number()).append(": ").append(n.sites().size()).append(" site(s) ")
                    .append(SinglePointsOfFailureReport.abbreviate(n.sites()));
            if (!n.edgeSites().isEmpty()) {
                sb.append(" (").append(n.edgeSites().size()).append(" edge)");
            }
            sb.append("; serves ").append(n.routingKeys().isEmpty() ? "nothing"
                    : SinglePointsOfFailureReport.abbreviate(n.routingKeys())).append('\n');
        }
        sb.append("Exposure: ").append(exposure.size()).append(" site(s) accept links\n");
        for (SiteExposure e : exposure) {
            sb.append("  ").append(e.site()).append(" (").append(e.platform()).append(")");
            for (AccessPoint a : e.access()) {
                sb.append("\n    via ").append(a.via()).append(' ').append(a.name()).append(" [").append(a.accessType())
                        .append("] ").append(String.join(", ", a.roles()));
            }
            sb.append("\n    dialed by: ").append(e.incomingLinks().isEmpty() ? "nobody"
                    : SinglePointsOfFailureReport.abbreviate(e.incomingLinks())).append('\n');
        }
        if (!unusableLinks.isEmpty()) {
            sb.append("Links that will not come up: ").append(String.join(", ", unusableLinks)).append('\n');
        }
        return sb.toString();
    }
}
