package org.skupperdesigner.exporters.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;

/** The order sites are brought up in: sites that accept links first, then the others, each in design order. */
public final class SiteOrder {

    private SiteOrder() {
    }

    public static List<NetworkSite> acceptingFirst(Network network) {
        Set<String> accepting = network.links().stream().map(NetworkLink::toSite).collect(Collectors.toSet());
        List<NetworkSite> order = new ArrayList<>();
        network.sites().stream().filter(s -> accepting.contains(s.id())).forEach(order::add);
        network.sites().stream().filter(s -> !accepting.contains(s.id())).forEach(order::add);
        return order;
    }

    public static boolean accepts(Network network, String siteId) {
        return network.links().stream().anyMatch(l -> l.toSite().equals(siteId));
    }
}
