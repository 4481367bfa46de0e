package org.skupperdesigner.simulator.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.ConnectorSpec;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.SiteSpec;

/** Designs for tests: the bundled examples, and small networks built in code. */
public final class TestNetworks {
    private TestNetworks() {
    }

    /** The repository root: the first ancestor of the working directory that holds {@code examples/}. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public static Path examples() {
        return repositoryRoot().resolve("examples");
    }

    public static Network load(Path path) {
        LoadedNetwork loaded = NetworkLoader.load(List.of(path));
        if (loaded.hasErrors()) {
            throw new IllegalStateException("cannot load " + path + ": " + loaded.diagnostics());
        }
        return loaded.network();
    }

    public static Network example(String fileName) {
        return load(examples().resolve(fileName));
    }

    /** A site that accepts links. */
    public static NetworkSite interior(String id) {
        return NetworkSite.create(id, Platform.KUBERNETES, SiteSpec.empty().withLinkAccess("default"), Position.ORIGIN);
    }

    public static NetworkSite edge(String id) {
        return NetworkSite.create(id, Platform.PODMAN, SiteSpec.empty().withEdge(true), Position.ORIGIN);
    }

    public static NetworkSite withListener(NetworkSite site, String name, String key, int port) {
        return site.withResource(new Listener(ObjectMeta.named(name), ListenerSpec.of(key, name, port)));
    }

    public static NetworkSite withConnector(NetworkSite site, String name, String key, int port) {
        return site.withResource(new Connector(ObjectMeta.named(name), ConnectorSpec.ofSelector(key, "app=" + name,
                port)));
    }

    public static NetworkLink link(String from, String to, int cost) {
        return NetworkLink.between(from, to).withCost(cost);
    }

    /** A network of the given sites and links with simulation settings. */
    public static Network network(String name, List<NetworkSite> sites, List<NetworkLink> links,
                                  Map<String, Object> simulation) {
        return Network.empty(name).withSites(sites).withLinks(links).withSimulation(simulation);
    }

    /** {@code simulation.workloads} with one entry per connector id. */
    public static Map<String, Object> workloads(Map<String, Map<String, Object>> byConnector) {
        Map<String, Object> simulation = new LinkedHashMap<>();
        simulation.put("workloads", new LinkedHashMap<>(byConnector));
        return simulation;
    }

    /**
     * West (listener {@code backend}) in the middle, east and north each with a connector for {@code backend},
     * both dialling west at the given costs.
     */
    public static Network twoBackends(int eastCost, int northCost, Map<String, Object> simulation) {
        List<NetworkSite> sites = new ArrayList<>();
        sites.add(withListener(interior("west"), "backend", "backend", 8080));
        sites.add(withConnector(interior("east"), "backend", "backend", 8080));
        sites.add(withConnector(interior("north"), "backend", "backend", 8080));
        return network("two-backends", sites, List.of(link("east", "west", eastCost), link("north", "west",
                northCost)), simulation);
    }
}
