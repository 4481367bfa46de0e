package org.skupperdesigner.app.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.exporters.bundle.BundleExporter;
import org.skupperdesigner.exporters.bundle.ExportFormat;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;

/**
 * The top-level files and folders an export writes (folders end in a slash): what the export dialog lists before
 * writing, and what it asks about when an earlier export is already in the folder.
 */
public final class ExportTargets {

    private ExportTargets() {
    }

    /** Everything the export writes at the top of its folder, in the order it writes them. */
    public static List<String> of(Network network, ExportFormat format) {
        List<String> names = new ArrayList<>();
        if (format == ExportFormat.CLI) {
            names.add(BundleExporter.CLI_SCRIPT);
            return names;
        }
        network.sites().forEach(s -> names.add(forSite(s, format)));
        names.addAll(besideSites(format));
        return names;
    }

    /** What the export writes beside the sites' folders or files (not used by the CLI format). */
    static List<String> besideSites(ExportFormat format) {
        return format == ExportFormat.FOLDERS ? List.of(BundleExporter.README) : List.of();
    }

    /** Those of {@link #of} that already exist in {@code dir}: the export would replace them. */
    public static List<String> existingIn(Path dir, Network network, ExportFormat format) {
        return of(network, format).stream().filter(name -> Files.exists(dir.resolve(name))).toList();
    }

    /** A site's folder ({@code west/}) or file ({@code west.yaml}); not used by the CLI format. */
    static String forSite(NetworkSite site, ExportFormat format) {
        return format == ExportFormat.FOLDERS ? site.name() + "/" : site.name() + ".yaml";
    }
}
