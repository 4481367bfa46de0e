package org.skupperdesigner.app.ui.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.ConnectorSpec;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.SiteSpec;

/** A terse way to write small designs in code (templates, tests, benchmarks). */
public final class DesignBuilder {

    private final String name;
    private final String notes;
    private final List<NetworkSite> sites = new ArrayList<>();
    private final List<NetworkLink> links = new ArrayList<>();

    public DesignBuilder(String name, String notes) {
        this.name = name;
        this.notes = notes;
    }

    /** Adds a site; {@code linkAccess} null for none. */
    public DesignBuilder site(String id, Platform platform, double x, double y, String linkAccess, boolean edge,
                              boolean ha) {
        SiteSpec spec = new SiteSpec(linkAccess, edge ? Boolean.TRUE : null, ha ? Boolean.TRUE : null, null, null,
                Map.of(), Map.of());
        NetworkSite site = NetworkSite.create(id, platform, spec, new Position(x, y));
        site = site.withTarget(platform.isKubernetes() ? SiteTarget.kubeContext(id) : SiteTarget.local());
        sites.add(site);
        return this;
    }

    public DesignBuilder listener(String name, String routingKey, int port) {
        return replaceLast(last().withResource(new Listener(ObjectMeta.named(name),
                ListenerSpec.of(routingKey, name, port))));
    }

    public DesignBuilder connector(String name, String routingKey, int port) {
        NetworkSite site = last();
        ConnectorSpec spec = site.platform().isKubernetes() ? ConnectorSpec.ofSelector(routingKey, "app=" + name, port)
                : ConnectorSpec.ofHost(routingKey, "localhost", port);
        return replaceLast(site.withResource(new Connector(ObjectMeta.named(name), spec)));
    }

    public DesignBuilder link(String from, String to, int cost) {
        links.add(new NetworkLink(from + "-to-" + to, from, to, cost, null, null));
        return this;
    }

    public Network build() {
        return new Network(name, notes, LinkMode.TOKENS, sites, links, Map.of());
    }

    private NetworkSite last() {
        return sites.get(sites.size() - 1);
    }

    private DesignBuilder replaceLast(NetworkSite site) {
        sites.set(sites.size() - 1, site);
        return this;
    }
}
