package org.skupperdesigner.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.skupperdesigner.exporters.kube.ApplyOptions;
import org.skupperdesigner.exporters.kube.ClusterConnector;
import org.skupperdesigner.exporters.kube.NetworkApplier;
import org.skupperdesigner.exporters.plan.DriftReport;
import org.skupperdesigner.exporters.plan.PlanText;
import org.skupperdesigner.exporters.plan.PreflightFinding;
import org.skupperdesigner.exporters.system.ProcessSkupperCommand;
import org.skupperdesigner.exporters.system.SystemNamespaceLayout;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code skupper-designer diff design.yaml}: the design versus what is live (drift report). Writes nothing. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare the design with what is live on every site: what apply would create or change "
                + "(field by field), what --prune would delete, links not made yet, and statuses that are not Ready.",
                "Secret values are never shown."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:in sync", "1:the design has errors or a site could not be read", "2:usage error",
                "3:the design and the live network differ"})
public final class DiffCommand implements Callable<Integer> {

    public static final int EXIT_DRIFT = 3;

    @Parameters(index = "0", paramLabel = "DESIGN", description = "Design file (or Skupper YAML) to compare.")
    Path design;

    @Option(names = "--site", paramLabel = "NAME", description = "Compare only this site (repeatable).")
    List<String> sites = new ArrayList<>();

    @Option(names = "--kubeconfig", paramLabel = "FILE", description = "Kubeconfig file (default: KUBECONFIG or "
            + "~/.kube/config).")
    Path kubeconfig;

    @Option(names = "--ca", paramLabel = "FILE", description = "Network CA of pre-issued link credentials "
            + "(default: <design>.network-ca.pem beside the design).")
    Path ca;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadedNetwork loaded = NetworkLoader.load(List.of(design));
        DiagnosticPrinter.print(loaded.diagnostics(), err);
        if (loaded.hasErrors()) {
            return SkupperDesignerCommand.EXIT_PROBLEMS;
        }
        try (ClusterConnector connector = ApplyCommand.connector(kubeconfig);
             NetworkApplier applier = new NetworkApplier(connector, SystemNamespaceLayout.fromEnvironment(),
                     new ProcessSkupperCommand(), ApplyOptions.defaults(),
                     ApplyCommand.networkCa(ca, design, loaded.network(), false, err))) {
            DriftReport report = applier.diff(loaded.network(), new LinkedHashSet<>(sites));
            out.print(PlanText.drift(report));
            if (report.findings().stream().anyMatch(PreflightFinding::isError)) {
                return SkupperDesignerCommand.EXIT_PROBLEMS;
            }
            return report.inSync() ? 0 : EXIT_DRIFT;
        }
    }
}
