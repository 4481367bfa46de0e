package org.skupperdesigner.exporters.kube;

import java.util.HashSet;
import java.util.Set;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AttachedConnectorBinding;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.SkupperResource;

/** Which routing keys the design's listeners and connectors use, to know which of them should become Matched. */
final class RoutingKeys {

    private final Set<String> listened = new HashSet<>();
    private final Set<String> served = new HashSet<>();

    RoutingKeys(Network network, Set<String> siteIds) {
        for (NetworkSite site : network.sites().stream().filter(s -> siteIds.contains(s.id())).toList()) {
            for (SkupperResource r : site.resources()) {
                if (r instanceof Listener l && l.spec().routingKey() != null) {
                    listened.add(l.spec().routingKey());
                } else if (r instanceof MultiKeyListener m) {
                    listened.addAll(m.spec().strategy() == null ? Set.of() : m.spec().strategy().routingKeys());
                } else if (r instanceof Connector c && c.spec().routingKey() != null) {
                    served.add(c.spec().routingKey());
                } else if (r instanceof AttachedConnectorBinding b && b.spec().routingKey() != null) {
                    served.add(b.spec().routingKey());
                }
            }
        }
    }

    /** True when a listener or connector with this key has a counterpart somewhere in the design. */
    boolean hasPeer(String kind, String routingKey) {
        return "Listener".equals(kind) ? served.contains(routingKey) : listened.contains(routingKey);
    }
}
