package org.skupperdesigner.app.cli;

import java.io.PrintWriter;
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

    @CommandLine.Mixin
    ClusterTargetOptions target;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadedNetwork loaded = NetworkLoader.load(List.of(target.design));
        DiagnosticPrinter.print(loaded.diagnostics(), err);
        if (loaded.hasErrors()) {
            return SkupperDesignerCommand.EXIT_PROBLEMS;
        }
        try (ClusterConnector connector = target.connector();
             NetworkApplier applier = new NetworkApplier(connector, SystemNamespaceLayout.fromEnvironment(),
                     new ProcessSkupperCommand(), ApplyOptions.defaults(),
                     target.networkCa(loaded.network(), false, err))) {
            DriftReport report = applier.diff(loaded.network(), target.siteSet());
            out.print(PlanText.drift(report));
            if (report.findings().stream().anyMatch(PreflightFinding::isError)) {
                return SkupperDesignerCommand.EXIT_PROBLEMS;
            }
            return report.inSync() ? 0 : EXIT_DRIFT;
        }
    }
}
