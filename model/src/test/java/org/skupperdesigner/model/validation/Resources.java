package org.skupperdesigner.model.validation;

import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.resource.AccessGrant;
import org.skupperdesigner.model.resource.AccessGrantSpec;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.AccessTokenSpec;
import org.skupperdesigner.model.resource.AttachedConnector;
import org.skupperdesigner.model.resource.AttachedConnectorBinding;
import org.skupperdesigner.model.resource.AttachedConnectorBindingSpec;
import org.skupperdesigner.model.resource.AttachedConnectorSpec;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.ConnectorSpec;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.resource.LinkEndpoint;
import org.skupperdesigner.model.resource.LinkSpec;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.MultiKeyListenerSpec;
import org.skupperdesigner.model.resource.MultiKeyStrategy;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.RouterAccessRole;
import org.skupperdesigner.model.resource.RouterAccessSpec;
import org.skupperdesigner.model.resource.Secret;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.resource.SiteSpec;
import org.skupperdesigner.model.resource.SkupperResource;

/** Short constructors for test resources, so fixtures read like the YAML they stand for. */
public final class Resources {

    private Resources() {
    }

    public static ObjectMeta meta(String name) {
        return ObjectMeta.named(name);
    }

    public static Site site(String name, SiteSpec spec) {
        return new Site(meta(name), spec);
    }

    public static SiteSpec interior(String linkAccess) {
        return SiteSpec.empty().withLinkAccess(linkAccess);
    }

    public static SiteSpec edge() {
        return SiteSpec.empty().withEdge(true);
    }

    public static NetworkSite networkSite(String id, Platform platform, SiteSpec spec, SkupperResource... others) {
        List<SkupperResource> all = new java.util.ArrayList<>();
        all.add(site(id, spec));
        all.addAll(List.of(others));
        return new NetworkSite(id, id, platform, SiteTarget.UNSET, Position.ORIGIN, "", null, all);
    }

    public static Listener listener(String name, String key, String host, int port) {
        return new Listener(meta(name), ListenerSpec.of(key, host, port));
    }

    public static Listener tlsListener(String name, String key, String host, int port, String tls) {
        return new Listener(meta(name), new ListenerSpec(key, host, port, tls, null, null, null, Map.of(), Map.of()));
    }

    public static Connector hostConnector(String name, String key, String host, int port) {
        return new Connector(meta(name), ConnectorSpec.ofHost(key, host, port));
    }

    public static Connector selectorConnector(String name, String key, String selector, int port) {
        return new Connector(meta(name), ConnectorSpec.ofSelector(key, selector, port));
    }

    public static MultiKeyListener priorityListener(String name, String host, int port, String... keys) {
        return new MultiKeyListener(meta(name), new MultiKeyListenerSpec(host, port, null, null, null,
                MultiKeyStrategy.priority(List.of(keys)), Map.of(), Map.of()));
    }

    public static AccessGrant grant(String name, Integer redemptions, String window) {
        return new AccessGrant(meta(name), new AccessGrantSpec(redemptions, window, null, null, Map.of(), Map.of()));
    }

    public static AccessToken token(String name, String url) {
        return new AccessToken(meta(name), new AccessTokenSpec(url, "s3cr3tc0de", "-----BEGIN CERTIFICATE-----", 1,
                Map.of(), Map.of()));
    }

    public static RouterAccess routerAccess(String name, String tls, RouterAccessRole... roles) {
        return new RouterAccess(meta(name), new RouterAccessSpec(List.of(roles), tls, true, null, null, null,
                List.of(), Map.of(), Map.of()));
    }

    public static RouterAccessRole role(String name, int port) {
        return new RouterAccessRole(name, port);
    }

    public static Link link(String name, String tls, LinkEndpoint... endpoints) {
        return new Link(meta(name), new LinkSpec(List.of(endpoints), tls, 1, Map.of(), Map.of()));
    }

    public static Secret tlsSecret(String name) {
        return new Secret(meta(name), "kubernetes.io/tls", Map.of(Secret.TLS_CRT, "Y2VydA==", Secret.TLS_KEY,
                "a2V5", Secret.CA_CRT, "Y2E="), Map.of(), Map.of());
    }

    public static AttachedConnector attachedConnector(String name, String workloadNamespace, String siteNamespace,
                                                      String selector, int port) {
        return new AttachedConnector(meta(name).withNamespace(workloadNamespace), new AttachedConnectorSpec(
                siteNamespace, port, selector, null, null, null, null, Map.of(), Map.of()));
    }

    public static AttachedConnectorBinding binding(String name, String connectorNamespace, String key) {
        return new AttachedConnectorBinding(meta(name), new AttachedConnectorBindingSpec(connectorNamespace, key,
                null, Map.of(), Map.of()));
    }

    public static NetworkLink networkLink(String id, String from, String to, int cost, String realizedBy) {
        return new NetworkLink(id, from, to, cost, null, realizedBy);
    }
}
