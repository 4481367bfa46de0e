package org.skupperdesigner.model.validation.support;

import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * The routing-key endpoints of one site, in resource order. Depends on the site alone, so it can be cached per
 * site record.
 *
 * @param siteId    the site
 * @param listeners consumers (Listeners, and each key of each MultiKeyListener)
 * @param connectors providers (Connectors and paired AttachedConnectorBindings)
 */
public record SiteServices(String siteId, List<ServiceEndpoint> listeners, List<ServiceEndpoint> connectors) {

    public static SiteServices of(NetworkSite site) {
        List<ServiceEndpoint> listeners = new ArrayList<>();
        List<ServiceEndpoint> connectors = new ArrayList<>();
        for (SkupperResource r : site.resources()) {
            if (r instanceof Listener l) {
                add(listeners, ServiceEndpoint.Role.LISTENER, site, r, l.spec().routingKey());
            } else if (r instanceof MultiKeyListener m && m.spec().strategy() != null) {
                for (String key : m.spec().strategy().routingKeys()) {
                    add(listeners, ServiceEndpoint.Role.LISTENER, site, r, key);
                }
            } else if (r instanceof Connector c) {
                add(connectors, ServiceEndpoint.Role.CONNECTOR, site, r, c.spec().routingKey());
            }
        }
        // An attached connector serves its binding's key only once both sides opted in (reference B.8).
        for (AttachedConnectorPairing.Pair p : AttachedConnectorPairing.of(site).pairs()) {
            add(connectors, ServiceEndpoint.Role.CONNECTOR, site, p.binding(), p.binding().spec().routingKey());
        }
        return new SiteServices(site.id(), List.copyOf(listeners), List.copyOf(connectors));
    }

    private static void add(List<ServiceEndpoint> into, ServiceEndpoint.Role role, NetworkSite site,
                            SkupperResource r, String key) {
        if (key != null && !key.isBlank()) {
            into.add(new ServiceEndpoint(role, site.id(), site.elementId(r), r, key));
        }
    }
}
