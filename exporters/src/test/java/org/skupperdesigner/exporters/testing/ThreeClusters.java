package org.skupperdesigner.exporters.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.client.KubernetesClient;
import org.skupperdesigner.exporters.kube.ApplyOptions;
import org.skupperdesigner.exporters.kube.ClusterConnector;
import org.skupperdesigner.exporters.kube.NetworkApplier;
import org.skupperdesigner.exporters.plan.ApplyEvent;
import org.skupperdesigner.exporters.system.SkupperCommand;
import org.skupperdesigner.exporters.system.SystemNamespaceLayout;
import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.pki.NetworkCa;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.ConnectorSpec;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.SiteSpec;

/**
 * Three mock clusters (contexts west, east, north), a fake Skupper controller over them, and a design that links
 * east and north to west: the fixture of the apply tests.
 */
public final class ThreeClusters implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(15);
    public static final Duration POLL = Duration.ofMillis(25);

    public final MockCluster west;
    public final MockCluster east;
    public final MockCluster north;
    public final FakeSkupperController controller;
    public final List<ApplyEvent> events = new ArrayList<>();
    private final List<KubernetesClient> clients = new ArrayList<>();
    private final NetworkCa ca = NetworkCa.create("test network CA");

    public ThreeClusters() throws IOException {
        west = new MockCluster("west");
        east = new MockCluster("east");
        north = new MockCluster("north");
        controller = new FakeSkupperController(List.of(west, east, north), Duration.ofSeconds(90));
    }

    public List<MockCluster> all() {
        return List.of(west, east, north);
    }

    /** A connector with one ready client per context, as a kubeconfig with three contexts would give. */
    public ClusterConnector connector() {
        Map<String, KubernetesClient> byContext = new LinkedHashMap<>();
        for (MockCluster c : all()) {
            KubernetesClient client = c.newClient();
            clients.add(client);
            byContext.put(c.name(), client);
        }
        return ClusterConnector.ofClients(byContext);
    }

    public NetworkApplier applier(ClusterConnector connector, Path systemRoot, SkupperCommand skupper) {
        return new NetworkApplier(connector, new SystemNamespaceLayout(systemRoot), skupper,
                ApplyOptions.defaults().withWaits(WAIT, POLL), () -> ca);
    }

    /** west accepts links from east (cost 1) and north (cost 5); east serves "backend", north serves "db". */
    public static Network design() {
        NetworkSite west = site("west", "west-ns", new SiteSpec("default", null, null, null, null, Map.of(), Map.of()))
                .withResource(new Listener(ObjectMeta.named("backend"), ListenerSpec.of("backend", "backend", 8080)))
                .withResource(new Listener(ObjectMeta.named("db"), ListenerSpec.of("db", "db", 5432)));
        NetworkSite east = site("east", "east-ns", SiteSpec.empty())
                .withResource(connector("backend", "app=backend", 8080));
        NetworkSite north = site("north", "north-ns", SiteSpec.empty())
                .withResource(connector("db", "app=postgres", 5432));
        return new Network("three", "", LinkMode.TOKENS, List.of(west, east, north),
                List.of(new NetworkLink("east-to-west", "east", "west", 1, null, null),
                        new NetworkLink("north-to-west", "north", "west", 5, null, null)), Map.of());
    }

    public static NetworkSite site(String name, String namespace, SiteSpec spec) {
        return NetworkSite.create(name, Platform.KUBERNETES, spec, Position.ORIGIN).withNamespace(namespace)
                .withTarget(SiteTarget.kubeContext(name));
    }

    public static Connector connector(String name, String selector, int port) {
        return new Connector(ObjectMeta.named(name), new ConnectorSpec(name, port, selector, null, null, null, null,
                null, null, null, Map.of(), Map.of()));
    }

    @Override
    public void close() {
        controller.close();
        clients.forEach(KubernetesClient::close);
        all().forEach(MockCluster::close);
    }
}
