package org.skupperdesigner.exporters.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.skupperdesigner.exporters.plain.SiteResourceOrder;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Position;

/** The bundled example designs, and a comparison of designs that ignores what exports do not carry. */
public final class Designs {

    private Designs() {
    }

    public static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(RepositoryPaths.examples())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".skupper-design.yaml")).sorted().toList();
        }
    }

    public static Network load(Path design) {
        LoadedNetwork loaded = NetworkLoader.load(List.of(design));
        if (loaded.hasErrors()) {
            throw new IllegalStateException("example " + design + " has errors: " + loaded.diagnostics());
        }
        return loaded.network();
    }

    public static Network example(String name) {
        return load(RepositoryPaths.examples().resolve(name + ".skupper-design.yaml"));
    }

    /**
     * The design as text, without what an export does not carry (canvas positions, notes, the network's name and
     * simulation settings) and in id order (re-import reads site folders alphabetically).
     */
    public static String comparable(Network network) {
        List<NetworkSite> sites = network.sites().stream().sorted(Comparator.comparing(NetworkSite::id))
                .map(s -> s.withPosition(Position.ORIGIN).withNotes("")
                        .withResources(SiteResourceOrder.sorted(s.resources()))).toList();
        List<NetworkLink> links = network.links().stream().sorted(Comparator.comparing(NetworkLink::id)).toList();
        Network normalized = new Network("network", "", network.linkMode(), sites, links, Map.of());
        return new DesignFiles().toText(normalized);
    }
}
