package org.skupperdesigner.app.ui.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;

import org.skupperdesigner.exporters.bundle.BundleExporter;
import org.skupperdesigner.exporters.bundle.ExportFormat;
import org.skupperdesigner.exporters.bundle.ExportResult;
import org.skupperdesigner.exporters.pki.CaFileStore;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.IoFailures;
import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;

/**
 * Writes a design as Skupper YAML the way {@code skupper-designer export} does, and says what happened in words a
 * user can act on. Runs off the UI thread; never throws.
 */
final class YamlExport {

    /** What to tell the user: a headline, the details, and whether it went wrong. */
    record Outcome(boolean failed, String header, String text) {
    }

    private YamlExport() {
    }

    /**
     * @param designFile the open design's file, or null: the network CA (used only for pre-issued link
     *                   credentials) lives beside it, or beside the output folder for an unsaved design
     */
    static Outcome write(Network network, Path dir, ExportFormat format, Path designFile) {
        Path out = dir.toAbsolutePath().normalize();
        CaFileStore store = designFile != null ? CaFileStore.besideDesign(designFile)
                : new CaFileStore(out.resolveSibling(network.name() + ".network-ca.pem"));
        BundleExporter exporter = new BundleExporter(() -> {
            try {
                return store.loadOrCreate(network.name());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot use the network CA " + store.file() + ": "
                        + IoFailures.describe(e), e);
            }
        }, Clock.systemUTC());
        try {
            ExportResult result = exporter.export(network, out, format);
            if (result.hasErrors()) {
                return new Outcome(true, "Nothing was exported", problems(result)
                        + "\n\nFix these in the design (see the Problems panel) and export again.");
            }
            return new Outcome(false, "Export finished", summary(network, out, format, result));
        } catch (IOException | UncheckedIOException e) {
            return new Outcome(true, "Export failed", "Could not write to " + out + ":\n" + IoFailures.describe(e)
                    + "\n\nChoose a folder you can write to and export again.");
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(YamlExport.class).error("export to {} failed", out, e);
            return new Outcome(true, "Export failed", "Unexpected error while exporting to " + out + ":\n" + e);
        }
    }

    private static String problems(ExportResult result) {
        return result.problems().stream().filter(Diagnostic::isError).limit(8).map(Diagnostic::format)
                .collect(Collectors.joining("\n"));
    }

    private static String summary(Network network, Path out, ExportFormat format, ExportResult result) {
        StringBuilder text = new StringBuilder(result.written().size() + (result.written().size() == 1 ? " file"
                : " files") + " written to " + out + ".");
        if (!result.sensitive().isEmpty()) {
            text.append("\n").append(result.sensitive().size()).append(" of them hold private keys and are "
                    + "readable by you only.");
        }
        result.staleFolders().forEach(p -> text.append("\n").append(p.getFileName()).append("/ is from an earlier "
                + "export of a site no longer in the design; delete it if it is not needed."));
        boolean tokenLinks = network.linkMode() == LinkMode.TOKENS
                && network.links().stream().anyMatch(l -> l.realizedBy() == null);
        if (tokenLinks && format == ExportFormat.YAML) {
            text.append("\nToken links are completed at apply time and are not in these files: apply with the "
                    + "designer, or export as folders for link-sites.sh.");
        }
        return text.toString();
    }
}
