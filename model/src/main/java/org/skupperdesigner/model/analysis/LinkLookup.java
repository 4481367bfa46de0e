package org.skupperdesigner.model.analysis;

import java.util.Optional;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;

/** Finds a link the way people name it: by id, or as {@code A-B} for the link between sites A and B. */
public final class LinkLookup {

    private LinkLookup() {
    }

    public static Optional<NetworkLink> find(Network network, String idOrPair) {
        Optional<NetworkLink> byId = network.link(idOrPair);
        if (byId.isPresent()) {
            return byId;
        }
        // Site names may contain '-', so try every split point.
        for (int i = idOrPair.indexOf('-'); i > 0; i = idOrPair.indexOf('-', i + 1)) {
            Optional<NetworkSite> a = network.siteByIdOrName(idOrPair.substring(0, i));
            Optional<NetworkSite> b = network.siteByIdOrName(idOrPair.substring(i + 1));
            if (a.isPresent() && b.isPresent()) {
                String x = a.get().id();
                String y = b.get().id();
                Optional<NetworkLink> between = network.links().stream()
                        .filter(l -> l.fromSite().equals(x) && l.toSite().equals(y)
                                || l.fromSite().equals(y) && l.toSite().equals(x)).findFirst();
                if (between.isPresent()) {
                    return between;
                }
            }
        }
        return Optional.empty();
    }
}
