package org.skupperdesigner.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.skupperdesigner.exporters.bundle.BundleImporter;
import org.skupperdesigner.exporters.kube.ClusterConnector;
import org.skupperdesigner.exporters.kube.ClusterImporter;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.importer.InputCollector;
import org.skupperdesigner.model.importer.InputFile;
import org.skupperdesigner.model.importer.SkupperYamlImporter;
import org.skupperdesigner.model.load.LoadedNetwork;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code skupper-designer import <files|dirs> -o design.yaml} or {@code import --from-cluster CONTEXT[/NS]...}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read plain Skupper YAML (files, multi-document streams, Kubernetes Lists, or folders with "
                + "one sub-folder per site) and save it as a design file.",
                "Resources are grouped into sites by namespace, or by folder when they name none. A folder written "
                        + "by 'export' opens as the design it came from.",
                "With --from-cluster, read the live network from kubeconfig contexts instead (every namespace with "
                        + "a Site, or the one named after the slash); Secrets are not read."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported", "1:the input has errors (nothing written unless --keep-partial)",
                "2:usage error"})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "YAML files or folders to import.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--from-cluster", arity = "1..*", paramLabel = "CONTEXT[/NAMESPACE]",
            description = "Read the live network from these kubeconfig contexts (KUBECONFIG honoured).")
    List<String> clusters = new ArrayList<>();

    @Option(names = "--kubeconfig", paramLabel = "FILE", description = "Kubeconfig file for --from-cluster "
            + "(default: KUBECONFIG or ~/.kube/config).")
    Path kubeconfig;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DESIGN",
            description = "Design file to write (e.g. my-network.skupper-design.yaml).")
    Path output;

    @Option(names = "--name", description = "Name of the network (default: from the input).")
    String name;

    @Option(names = "--keep-partial", description = "Write the design even when some documents had errors.")
    boolean keepPartial;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (inputs.isEmpty() == clusters.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give either PATH... or --from-cluster CONTEXT[/NAMESPACE]...");
        }
        String networkName = name != null ? name : defaultName();
        LoadedNetwork loaded;
        if (!clusters.isEmpty()) {
            try (ClusterConnector connector = ClusterTargetOptions.connector(kubeconfig)) {
                loaded = new ClusterImporter(connector).importNetwork(networkName,
                        clusters.stream().map(ClusterImporter.Target::parse).toList());
            }
        } else if (inputs.size() == 1 && BundleImporter.isBundle(inputs.get(0))) {
            loaded = new BundleImporter().importBundle(inputs.get(0), networkName);
        } else {
            List<Diagnostic> problems = new ArrayList<>();
            List<InputFile> files = new InputCollector().collect(inputs, problems);
            loaded = new SkupperYamlImporter().importFiles(networkName, files, problems);
        }
        List<Diagnostic> problems = new ArrayList<>(loaded.diagnostics());
        if (loaded.network().sites().isEmpty() && !loaded.hasErrors()) {
            problems.add(Diagnostic.error("import.nothing", "no Skupper resources were found, so there is no design "
                            + "to write", "import the YAML that holds the Sites, Listeners and Connectors (apiVersion "
                            + "skupper.io/v2alpha1)", inputs.isEmpty() ? null : SourceLocation.ofFile(
                            inputs.get(0).toString())));
        }
        DiagnosticPrinter.print(problems, spec.commandLine().getErr());
        if (problems.stream().anyMatch(Diagnostic::isError) && loaded.network().sites().isEmpty()) {
            return SkupperDesignerCommand.EXIT_PROBLEMS; // nothing to keep, even with --keep-partial
        }
        if (loaded.hasErrors() && !keepPartial) {
            spec.commandLine().getErr().println("nothing written: fix the errors above, or pass --keep-partial");
            return SkupperDesignerCommand.EXIT_PROBLEMS;
        }
        new DesignFiles().save(loaded.network(), output);
        spec.commandLine().getOut().printf("imported %d site(s), %d link(s) into %s%n",
                loaded.network().sites().size(), loaded.network().links().size(), output);
        return loaded.hasErrors() ? SkupperDesignerCommand.EXIT_PROBLEMS : 0;
    }

    private String defaultName() {
        String file = output.getFileName().toString();
        int dot = file.indexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
