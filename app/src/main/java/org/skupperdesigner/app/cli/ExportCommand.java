package org.skupperdesigner.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.skupperdesigner.exporters.bundle.BundleExporter;
import org.skupperdesigner.exporters.bundle.ExportFormat;
import org.skupperdesigner.exporters.bundle.ExportResult;
import org.skupperdesigner.model.diagnostic.IoFailures;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code skupper-designer export design.yaml -o dir [--format folders|yaml|cli]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the design as Skupper v2 resources, one folder per site: <dir>/<site>/<site>.yaml (all "
                + "resources, in apply order), <dir>/<site>/resources/<Kind>-<name>.yaml (one file per resource), "
                + "kustomization.yaml for Kubernetes sites, and a README with the order to apply them in.",
                "--format yaml writes one multi-document file per site (<dir>/<site>.yaml); --format cli writes "
                        + "<dir>/create-network.sh, skupper CLI commands that recreate the network.",
                "Files holding private keys (pre-issued link credentials) are written owner-only and never printed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "1:the design has errors (nothing written)", "2:usage error"})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DESIGN", description = "Design file (or Skupper YAML) to export.")
    Path design;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "folders",
            converter = FormatConverter.class, description = "folders (default), yaml or cli.")
    ExportFormat format;

    @Option(names = "--ca", paramLabel = "FILE", description = "Network CA for pre-issued link credentials "
            + "(default: <design>.network-ca.pem beside the design; created when missing).")
    Path ca;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadedNetwork loaded = NetworkLoader.load(List.of(design));
        DiagnosticPrinter.print(loaded.diagnostics(), err);
        if (loaded.hasErrors()) {
            return SkupperDesignerCommand.EXIT_PROBLEMS;
        }
        BundleExporter exporter = new BundleExporter(ClusterTargetOptions.networkCa(ca, design, loaded.network(), true, err),
                Clock.systemUTC());
        ExportResult result;
        try {
            result = exporter.export(loaded.network(), output, format);
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("error: cannot write the export to " + output + ": " + IoFailures.describe(e));
            err.println("nothing more was written: choose a folder you can write to with -o");
            return SkupperDesignerCommand.EXIT_PROBLEMS;
        }
        DiagnosticPrinter.print(result.problems(), err);
        if (result.hasErrors()) {
            err.println("nothing written: fix the errors above");
            return SkupperDesignerCommand.EXIT_PROBLEMS;
        }
        for (Path p : result.written()) {
            out.println("wrote " + p + (result.sensitive().contains(p) ? " (holds a private key: owner-only)" : ""));
        }
        result.staleFolders().forEach(p -> err.println("warning: " + p + " is from an earlier export of a site no "
                + "longer in the design; delete it if it is not needed"));
        boolean tokens = loaded.network().links().stream().anyMatch(l -> l.realizedBy() == null)
                && loaded.network().linkMode() == org.skupperdesigner.model.network.LinkMode.TOKENS;
        if (tokens && format == ExportFormat.YAML) {
            err.println("note: token links are completed at apply time and are not in these files; use "
                    + "'skupper-designer apply', or --format folders for link-sites.sh");
        }
        return 0;
    }

    /** {@code folders}, {@code yaml} or {@code cli}, case-insensitive. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.ofId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown format '" + value + "' (use folders, yaml or cli)"));
        }
    }
}
