package org.skupperdesigner.exporters.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.skupperdesigner.exporters.desired.DesignRecovery;
import org.skupperdesigner.exporters.plain.SiteResourceOrder;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.IoFailures;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.importer.InputCollector;
import org.skupperdesigner.model.importer.InputFile;
import org.skupperdesigner.model.importer.SkupperYamlImporter;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.network.Network;

/**
 * Opens a folder written by {@link BundleExporter} (format {@code folders}) as the design it came from: it reads
 * each site's {@code resources/} and {@code pending/} (not the combined file or kustomization.yaml, which repeat
 * them) with the model's importer, then {@link DesignRecovery} folds the generated link resources back into links.
 */
public final class BundleImporter {

    /** True when {@code dir} looks like a folders export: some sub-folder has {@code resources/}. */
    public static boolean isBundle(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.anyMatch(p -> Files.isDirectory(p.resolve(SiteBundleRenderer.RESOURCES)));
        } catch (IOException e) {
            return false;
        }
    }

    public LoadedNetwork importBundle(Path dir, String networkName) {
        List<Diagnostic> problems = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path site : list.filter(Files::isDirectory).sorted().toList()) {
                for (String sub : List.of(SiteBundleRenderer.RESOURCES, SiteBundleRenderer.PENDING)) {
                    if (Files.isDirectory(site.resolve(sub))) {
                        folders.add(site.resolve(sub));
                    }
                }
            }
        } catch (IOException e) {
            problems.add(Diagnostic.error("input.unreadable", "cannot list folder: " + IoFailures.describe(e),
                    "check the path and permissions", SourceLocation.ofFile(dir.toString())));
        }
        List<InputFile> files = new InputCollector().collect(folders, problems);
        LoadedNetwork loaded = new SkupperYamlImporter().importFiles(networkName, files, problems);
        Network recovered = new DesignRecovery().recover(loaded.network());
        // Files come back in name order; put each site's resources in the order they are applied (Site first).
        recovered = recovered.withSites(recovered.sites().stream()
                .map(s -> s.withResources(SiteResourceOrder.sorted(s.resources()))).toList());
        return loaded.withNetwork(recovered);
    }
}
