package org.skupperdesigner.model.validation;

import static org.skupperdesigner.model.validation.Resources.attachedConnector;
import static org.skupperdesigner.model.validation.Resources.edge;
import static org.skupperdesigner.model.validation.Resources.grant;
import static org.skupperdesigner.model.validation.Resources.hostConnector;
import static org.skupperdesigner.model.validation.Resources.interior;
import static org.skupperdesigner.model.validation.Resources.link;
import static org.skupperdesigner.model.validation.Resources.listener;
import static org.skupperdesigner.model.validation.Resources.networkLink;
import static org.skupperdesigner.model.validation.Resources.networkSite;
import static org.skupperdesigner.model.validation.Resources.role;
import static org.skupperdesigner.model.validation.Resources.routerAccess;
import static org.skupperdesigner.model.validation.Resources.selectorConnector;
import static org.skupperdesigner.model.validation.Resources.tlsListener;
import static org.skupperdesigner.model.validation.Resources.tlsSecret;
import static org.skupperdesigner.model.validation.Resources.token;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.resource.LinkEndpoint;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.MultiKeyListenerSpec;
import org.skupperdesigner.model.resource.MultiKeyStrategy;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.SiteSpec;

/**
 * The deliberately broken designs behind {@code src/test/resources/broken-designs/}: each a small realistic network
 * with one mistake, and exactly the rule ids that mistake must produce. The YAML files are generated from here
 * (see {@link BrokenDesignsTest}) and are the test's input.
 */
final class BrokenDesignCatalogue {

    record Entry(String file, Set<String> expected, Network network) {
    }

    private BrokenDesignCatalogue() {
    }

    static List<Entry> entries() {
        return List.of(
                entry("typo-routing-key", Set.of("routing-key.near-miss"),
                        pair(listener("db", "databse", "db", 5432), selectorConnector("db", "database", "app=db", 5432),
                                "default")),
                entry("link-to-closed-site", Set.of("link.target-no-access"),
                        pair(listener("api", "api", "api", 8080), selectorConnector("api", "api", "app=api", 8080),
                                null)),
                entry("edge-accepts-link", Set.of("link.target-edge", "link.edge-no-uplink"), design(
                        List.of(networkSite("core", Platform.KUBERNETES, interior("default"),
                                        selectorConnector("api", "api", "app=api", 8080)),
                                networkSite("shop", Platform.PODMAN, edge(), listener("api", "api", "0.0.0.0", 8080))),
                        List.of(networkLink("core-to-shop", "core", "shop", 1, null)))),
                entry("selector-and-host", Set.of("connector.host-xor-selector"),
                        pair(listener("api", "api", "api", 8080), new org.skupperdesigner.model.resource.Connector(
                                ObjectMeta.named("api"), org.skupperdesigner.model.resource.ConnectorSpec
                                .ofSelector("api", "app=api", 8080).withHost("api.internal")), "default")),
                entry("edge-with-ha", Set.of("site.edge-ha"), design(
                        List.of(networkSite("core", Platform.KUBERNETES, interior("default"),
                                        selectorConnector("api", "api", "app=api", 8080)),
                                networkSite("branch", Platform.KUBERNETES, edge().withHa(true),
                                        listener("api", "api", "api", 8080))),
                        List.of(networkLink("branch-to-core", "branch", "core", 1, null)))),
                entry("listener-port-clash", Set.of("listener.address-clash"),
                        pair(listener("api", "api", "api", 8080), selectorConnector("api", "api", "app=api", 8080),
                                "default", listener("api-v2", "api-v2", "api", 8080),
                                selectorConnector("api-v2", "api-v2", "app=api-v2", 8080))),
                entry("grant-on-podman", Set.of("platform.kube-only-kind"), design(
                        List.of(networkSite("lab", Platform.PODMAN, interior("default"), grant("lab-grant", 1, "15m"),
                                        hostConnector("api", "api", "localhost", 8080)),
                                networkSite("cloud", Platform.KUBERNETES, interior(null),
                                        listener("api", "api", "api", 8080))),
                        List.of(networkLink("cloud-to-lab", "cloud", "lab", 1, null)))),
                entry("served-in-other-network", Set.of("routing-key.other-network", "routing-key.unused-connector"),
                        design(List.of(
                                        networkSite("a1", Platform.KUBERNETES, interior("default"),
                                                listener("api", "api", "api", 8080)),
                                        networkSite("a2", Platform.KUBERNETES, interior(null),
                                                selectorConnector("web", "web", "app=web", 80)),
                                        networkSite("b1", Platform.KUBERNETES, interior("default"),
                                                selectorConnector("api", "api", "app=api", 8080)),
                                        networkSite("b2", Platform.KUBERNETES, interior(null),
                                                listener("web", "web", "web", 80))),
                                List.of(networkLink("a2-to-a1", "a2", "a1", 1, null),
                                        networkLink("b2-to-b1", "b2", "b1", 1, null)))),
                entry("invalid-names", Set.of("name.dns1123", "name.system-label"), design(
                        List.of(networkSite("cloud", Platform.KUBERNETES, interior("default"),
                                        listener("Front_End", "frontend", "frontend", 8080)),
                                networkSite("lab", Platform.LINUX, interior(null),
                                        hostConnector("frontend.v1", "frontend", "localhost", 8080))),
                        List.of(networkLink("lab-to-cloud", "lab", "cloud", 1, null)))),
                entry("attached-connector-without-binding",
                        Set.of("attached.connector-without-binding", "routing-key.unmatched-listener"),
                        pair(listener("payments", "payments", "payments", 9090),
                                attachedConnector("payments", "payments-ns", "west", "app=payments", 9090),
                                "default")),
                entry("missing-tls-secret", Set.of("tls.secret-missing"),
                        pair(tlsListener("api", "api", "api", 8443, "api-tls"),
                                selectorConnector("api", "api", "app=api", 8443), "default")),
                entry("multikey-two-strategies", Set.of("multikey.strategy"),
                        pair(new MultiKeyListener(ObjectMeta.named("api"), new MultiKeyListenerSpec("api", 8080, null,
                                        null, null, new MultiKeyStrategy(List.of("api"), Map.of("api", 1L), Map.of()),
                                        Map.of(), Map.of())),
                                selectorConnector("api", "api", "app=api", 8080), "default")),
                entry("grant-expires-during-rollout", Set.of("token.rollout-window"), design(
                        List.of(networkSite("hub", Platform.KUBERNETES, interior("default"),
                                        grant("hub-grant", 3, "3m"), selectorConnector("api", "api", "app=api", 8080)),
                                networkSite("mid", Platform.KUBERNETES, interior("default"),
                                        selectorConnector("web", "web", "app=web", 80)),
                                networkSite("leaf", Platform.KUBERNETES, interior(null),
                                        listener("api", "api", "api", 8080), listener("web", "web", "web", 80))),
                        List.of(networkLink("mid-to-hub", "mid", "hub", 1, null),
                                networkLink("leaf-to-mid", "leaf", "mid", 1, null),
                                networkLink("leaf-to-hub", "leaf", "hub", 1, null)))),
                entry("edge-role-missing", Set.of("link.role-missing"), design(
                        List.of(networkSite("core", Platform.KUBERNETES, interior(null),
                                        routerAccess("core-access", "core-server", role("inter-router", 55671)),
                                        selectorConnector("api", "api", "app=api", 8080)),
                                networkSite("store", Platform.DOCKER, edge(), listener("api", "api", "0.0.0.0", 8080))),
                        List.of(networkLink("store-to-core", "store", "core", 1, null)))),
                entry("system-connector-with-selector",
                        Set.of("connector.system-needs-host", "platform.kube-only-field"), design(
                        List.of(networkSite("cloud", Platform.KUBERNETES, interior("default"),
                                        listener("api", "api", "api", 8080)),
                                networkSite("lab", Platform.PODMAN, interior(null),
                                        selectorConnector("api", "api", "app=api", 8080))),
                        List.of(networkLink("lab-to-cloud", "lab", "cloud", 1, null)))),
                entry("duplicate-and-self-links", Set.of("link.duplicate", "link.self"),
                        withLinks(pair(listener("api", "api", "api", 8080),
                                        selectorConnector("api", "api", "app=api", 8080), "default"),
                                networkLink("east-to-west-again", "east", "west", 1, null),
                                networkLink("west-to-west", "west", "west", 1, null))),
                entry("stray-link-joins-networks", Set.of("link.joins-networks"), design(
                        List.of(networkSite("x1", Platform.KUBERNETES, interior("default"),
                                        selectorConnector("api", "api", "app=api", 8080)),
                                networkSite("x2", Platform.KUBERNETES, interior(null),
                                        listener("api", "api", "api", 8080),
                                        link("to-y1", "to-y1", new LinkEndpoint("inter-router", "y1.example.com",
                                                "55671")), tlsSecret("to-y1")),
                                networkSite("y1", Platform.KUBERNETES, interior("default"),
                                        selectorConnector("web", "web", "app=web", 80))
                                        .withExternalHost("y1.example.com"),
                                networkSite("y2", Platform.KUBERNETES, interior(null),
                                        listener("web", "web", "web", 80))),
                        List.of(networkLink("x2-to-x1", "x2", "x1", 1, null),
                                networkLink("y2-to-y1", "y2", "y1", 1, null)))),
                entry("token-to-closed-site", Set.of("token.target-no-access"), design(
                        List.of(networkSite("hub", Platform.KUBERNETES, interior(null),
                                        selectorConnector("api", "api", "app=api", 8080)),
                                networkSite("lab", Platform.PODMAN, interior(null),
                                        token("to-hub", "https://grant.hub.example.com:9090/91c0"),
                                        listener("api", "api", "0.0.0.0", 8080))),
                        List.of(networkLink("lab-to-hub", "lab", "hub", 1, "AccessToken/to-hub")))),
                entry("two-sites-one-namespace", Set.of("site.namespace-shared"), design(
                        List.of(networkSite("west", Platform.KUBERNETES, interior("default"),
                                        selectorConnector("api", "api", "app=api", 8080))
                                        .withTarget(SiteTarget.kubeContext("prod")).withNamespace("shop"),
                                networkSite("east", Platform.KUBERNETES, interior(null),
                                        listener("api", "api", "api", 8080))
                                        .withTarget(SiteTarget.kubeContext("prod")).withNamespace("shop")),
                        List.of(networkLink("east-to-west", "east", "west", 1, null)))));
    }

    private static Entry entry(String name, Set<String> expected, Network network) {
        return new Entry(name + ".skupper-design.yaml", expected,
                network.withName(name).withNotes(NOTES.getOrDefault(name, "")));
    }

    /** What each design gets wrong, written into its notes. */
    private static final Map<String, String> NOTES = Map.ofEntries(
            Map.entry("typo-routing-key", "The listener asks for \"databse\"; the connector serves \"database\". Skupper would keep the listener closed."),
            Map.entry("link-to-closed-site", "east dials west, but west has no link access, so the link never comes up."),
            Map.entry("edge-accepts-link", "core dials the edge site shop; edge sites cannot accept links, and shop itself has no uplink."),
            Map.entry("selector-and-host", "A Kubernetes connector with both a selector and a host; the API server rejects it."),
            Map.entry("edge-with-ha", "An edge site with ha: true; Skupper rejects the combination."),
            Map.entry("listener-port-clash", "Two listeners on host api port 8080 in one namespace; the second is not configured."),
            Map.entry("grant-on-podman", "An AccessGrant on a podman site; system sites cannot issue tokens."),
            Map.entry("served-in-other-network", "Two unlinked pairs of sites; each listener's key is served only in the other pair."),
            Map.entry("invalid-names", "A Kubernetes listener named Front_End and a linux connector named frontend.v1."),
            Map.entry("attached-connector-without-binding", "The workload side opted in, the site side did not: no key is served."),
            Map.entry("missing-tls-secret", "The listener names tlsCredentials api-tls, which the design does not hold."),
            Map.entry("multikey-two-strategies", "A MultiKeyListener with both a priority and a weighted strategy."),
            Map.entry("grant-expires-during-rollout", "leaf waits for mid, which waits for hub; hub's 3m grant expires before leaf redeems it."),
            Map.entry("edge-role-missing", "The edge site dials core, whose RouterAccess offers only the inter-router role."),
            Map.entry("system-connector-with-selector", "A podman connector with a selector and no host; system sites need a host."),
            Map.entry("duplicate-and-self-links", "A second link east -> west and a link from west to itself."),
            Map.entry("stray-link-joins-networks", "x2 holds a Link to y1.example.com, joining two networks the drawing keeps apart."),
            Map.entry("token-to-closed-site", "lab redeems a token against hub, which has no link access."),
            Map.entry("two-sites-one-namespace", "Two sites in namespace shop on the same cluster context."));

    /** west accepts (linkAccess), east dials it; the first resource goes to east, the rest to west. */
    private static Network pair(org.skupperdesigner.model.resource.SkupperResource eastResource,
                                org.skupperdesigner.model.resource.SkupperResource westResource, String westAccess,
                                org.skupperdesigner.model.resource.SkupperResource... more) {
        List<org.skupperdesigner.model.resource.SkupperResource> eastExtra = new java.util.ArrayList<>();
        List<org.skupperdesigner.model.resource.SkupperResource> westExtra = new java.util.ArrayList<>();
        westExtra.add(westResource);
        for (int i = 0; i < more.length; i++) {
            (i % 2 == 0 ? eastExtra : westExtra).add(more[i]);
        }
        eastExtra.add(0, eastResource);
        NetworkSite west = networkSite("west", Platform.KUBERNETES, interior(westAccess),
                westExtra.toArray(org.skupperdesigner.model.resource.SkupperResource[]::new));
        NetworkSite east = networkSite("east", Platform.KUBERNETES, SiteSpec.empty(),
                eastExtra.toArray(org.skupperdesigner.model.resource.SkupperResource[]::new));
        return design(List.of(west, east), List.of(networkLink("east-to-west", "east", "west", 1, null)));
    }

    private static Network design(List<NetworkSite> sites, List<NetworkLink> links) {
        return new Network("broken", "", LinkMode.TOKENS, sites, links, Map.of());
    }

    private static Network withLinks(Network n, NetworkLink... extra) {
        List<NetworkLink> all = new java.util.ArrayList<>(n.links());
        all.addAll(List.of(extra));
        return n.withLinks(all);
    }
}
