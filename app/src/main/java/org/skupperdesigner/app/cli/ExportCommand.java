package org.skupperdesigner.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.skupperdesigner.exporters.plain.PlainYamlExporter;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code skupper-designer export design.yaml -o dir}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write each site's Skupper v2 YAML into its own folder: <dir>/<site>/<site>.yaml.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "1:the design has errors (nothing written)", "2:usage error"})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DESIGN", description = "Design file (or Skupper YAML) to export.")
    Path design;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LoadedNetwork loaded = NetworkLoader.load(List.of(design));
        DiagnosticPrinter.print(loaded.diagnostics(), spec.commandLine().getErr());
        if (loaded.hasErrors()) {
            return SkupperDesignerCommand.EXIT_PROBLEMS;
        }
        List<Path> written = new PlainYamlExporter().export(loaded.network(), output);
        written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
        return 0;
    }
}
