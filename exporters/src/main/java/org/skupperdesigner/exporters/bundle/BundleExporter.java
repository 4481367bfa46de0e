package org.skupperdesigner.exporters.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.skupperdesigner.exporters.cli.SkupperScriptRenderer;
import org.skupperdesigner.exporters.desired.DesiredNetwork;
import org.skupperdesigner.exporters.desired.DesiredNetworks;
import org.skupperdesigner.exporters.desired.DesiredSite;
import org.skupperdesigner.exporters.links.ExistingSecrets;
import org.skupperdesigner.model.pki.NetworkCa;
import org.skupperdesigner.model.network.Network;

/**
 * Exports a design in one of the {@link ExportFormat}s. Rendering and writing are separate so the designer can
 * show the files before writing them. Nothing is written when the design's links cannot be realized.
 */
public final class BundleExporter {

    public static final String README = "README.md";
    public static final String LINK_SCRIPT = "link-sites.sh";
    public static final String CLI_SCRIPT = "create-network.sh";

    private final Supplier<NetworkCa> ca;
    private final Clock clock;
    private final SiteBundleRenderer siteRenderer = new SiteBundleRenderer();
    private final ResourceYaml yaml = new ResourceYaml();

    /** @param ca the network CA; asked for only when the design uses pre-issued credentials */
    public BundleExporter(Supplier<NetworkCa> ca, Clock clock) {
        this.ca = ca;
        this.clock = clock;
    }

    public DesiredNetwork desired(Network network, ExistingSecrets existing) {
        return DesiredNetworks.build(network, ca, clock, existing);
    }

    /** The files of an export, relative to the output folder, in a stable order. */
    public List<BundleFile> render(DesiredNetwork desired, ExportFormat format) {
        List<BundleFile> files = new ArrayList<>();
        switch (format) {
            case FOLDERS -> {
                List<SiteBundle> bundles = desired.sites().stream().map(s -> siteRenderer.render(desired, s))
                        .toList();
                bundles.forEach(b -> files.addAll(b.files()));
                if (!desired.exchanges().isEmpty()) {
                    files.add(new BundleFile(LINK_SCRIPT, new LinkSitesScript().render(desired), false, true));
                }
                files.add(BundleFile.of(README, new BundleReadme().render(desired, bundles), false));
            }
            case YAML -> {
                for (DesiredSite site : desired.sites()) {
                    files.add(BundleFile.of(site.name() + ".yaml", yaml.all(site.resources()),
                            ResourceYaml.anySensitive(site.resources())));
                }
            }
            case CLI -> {
                boolean sensitive = desired.sites().stream().anyMatch(s -> ResourceYaml.anySensitive(s.resources()));
                files.add(new BundleFile(CLI_SCRIPT, new SkupperScriptRenderer().render(desired), sensitive, true));
            }
        }
        return files;
    }

    public ExportResult export(Network network, Path dir, ExportFormat format) throws IOException {
        DesiredNetwork desired = desired(network, new ExistingBundleSecrets(dir, network));
        if (desired.hasErrors()) {
            return new ExportResult(List.of(), List.of(), desired.problems(), List.of());
        }
        List<BundleFile> files = render(desired, format);
        List<Path> written = new BundleWriter().write(dir, files);
        List<Path> sensitive = files.stream().filter(BundleFile::sensitive).map(f -> dir.resolve(f.path()))
                .toList();
        List<Path> stale = format == ExportFormat.FOLDERS ? staleSiteFolders(dir, desired) : List.of();
        return new ExportResult(written, sensitive, desired.problems(), stale);
    }

    private static List<Path> staleSiteFolders(Path dir, DesiredNetwork desired) throws IOException {
        Set<String> current = desired.sites().stream().map(DesiredSite::name).collect(Collectors.toSet());
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).filter(p -> !current.contains(p.getFileName().toString()))
                    .filter(p -> Files.isDirectory(p.resolve(SiteBundleRenderer.RESOURCES))).sorted().toList();
        }
    }
}
