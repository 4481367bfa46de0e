package org.skupperdesigner.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.skupperdesigner.model.analysis.AnalysisJson;
import org.skupperdesigner.model.analysis.LinkLookup;
import org.skupperdesigner.model.analysis.NetworkAnalysis;
import org.skupperdesigner.model.analysis.NetworkAnalyzer;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code skupper-designer analyze <design> [--what-if site/NAME|link/A-B] [--paths]}. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Report what a design does: its separate networks and which sites accept links (exposure), "
                + "single points of failure, and for every listener the connectors it reaches, with the least-cost "
                + "path and the connector Skupper's balancing picks first."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:analysed", "1:the input could not be read without errors", "2:usage error"})
public final class AnalyzeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    NetworkInputs inputs;

    @Option(names = "--what-if", paramLabel = "ELEMENT",
            description = "Remove one element and list the listeners that lose every connector: site/NAME, "
                    + "link/ID or link/A-B (the link between sites A and B), or SITE/Connector/NAME. Repeatable.")
    List<String> whatIf = new ArrayList<>();

    @Option(names = "--paths", description = "Show the path to every reachable connector, not just the first pick.")
    boolean paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (json always includes every path). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (inputs.missing().isPresent()) {
            return usage(inputs.missing().get());
        }
        LoadedNetwork loaded = NetworkLoader.load(inputs.paths);
        if (loaded.hasErrors()) {
            DiagnosticPrinter.print(loaded.diagnostics(), spec.commandLine().getErr());
            return SkupperDesignerCommand.EXIT_PROBLEMS;
        }
        Network network = loaded.network();
        for (String element : whatIf) {
            if (!exists(network, element)) {
                return usage("--what-if " + element + ": no such site, link or connector in the design");
            }
        }
        NetworkAnalysis analysis = new NetworkAnalyzer().analyze(network, whatIf);
        spec.commandLine().getOut().println(format == OutputFormat.json ? AnalysisJson.toJson(analysis)
                : analysis.toText(paths));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static boolean exists(Network network, String element) {
        if (ElementIds.isSite(element)) {
            return network.siteByIdOrName(element.substring(ElementIds.SITE_PREFIX.length())).isPresent();
        }
        if (ElementIds.isLink(element)) {
            return LinkLookup.find(network, element.substring(ElementIds.LINK_PREFIX.length())).isPresent();
        }
        String site = ElementIds.siteOf(element);
        return site != null && network.site(site).map(NetworkSite::resources).orElse(List.of()).stream()
                .anyMatch(r -> element.equals(site + "/" + r.kindAndName()));
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("error: " + message);
        spec.commandLine().getErr().flush();
        return SkupperDesignerCommand.EXIT_USAGE;
    }
}
