package org.skupperdesigner.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.skupperdesigner.exporters.kube.ApplyOptions;
import org.skupperdesigner.exporters.kube.ClusterConnector;
import org.skupperdesigner.exporters.kube.NetworkApplier;
import org.skupperdesigner.exporters.kube.PlannedApply;
import org.skupperdesigner.exporters.plan.ApplyRequest;
import org.skupperdesigner.exporters.plan.ApplyResult;
import org.skupperdesigner.exporters.plan.PlanText;
import org.skupperdesigner.exporters.system.ProcessSkupperCommand;
import org.skupperdesigner.exporters.system.SystemNamespaceLayout;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Network;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code skupper-designer apply design.yaml [--dry-run] [--prune] [--site NAME]}. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Make the platforms match the design: Kubernetes sites through the contexts of your kubeconfig "
                + "(KUBECONFIG honoured), system sites (docker, podman, linux) on this machine.",
                "Checks every site first, shows the plan, then applies it in order (sites that accept links, grants, "
                        + "tokens, listeners and connectors), waiting for each step. On failure every change is "
                        + "rolled back."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:applied (or nothing to change)", "1:the design has errors, a site failed its checks, or "
                + "the apply failed (rolled back)", "2:usage error"})
public final class ApplyCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ClusterTargetOptions target;

    @Option(names = "--dry-run", description = "Write nothing; use the servers' dry run where they have one and "
            + "print what would change, field by field.")
    boolean dryRun;

    @Option(names = "--prune", description = "Also delete what skupper-designer applied before and the design no "
            + "longer has.")
    boolean prune;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "Longest wait per step, e.g. 90s, 5m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--poll", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
            description = "Time between two status checks (default: ${DEFAULT-VALUE}).")
    Duration poll;

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
        Network network = loaded.network();
        ApplyOptions options = ApplyOptions.defaults().withWaits(timeout, poll);
        try (ClusterConnector connector = target.connector();
             NetworkApplier applier = new NetworkApplier(connector, SystemNamespaceLayout.fromEnvironment(),
                     new ProcessSkupperCommand(), options, target.networkCa(network, !dryRun, err))) {
            PlannedApply planned = applier.plan(network, new ApplyRequest(dryRun, prune, target.siteSet()));
            out.print(PlanText.plan(planned.plan()));
            out.flush();
            if (!planned.plan().isExecutable()) {
                err.println("nothing was written: fix the errors above first");
                return SkupperDesignerCommand.EXIT_PROBLEMS;
            }
            ApplyResult result = applier.apply(planned, event -> {
                String line = PlanText.event(event);
                if (line != null) {
                    out.println(line);
                    out.flush();
                }
            });
            out.print(PlanText.result(result));
            return result.success() ? 0 : SkupperDesignerCommand.EXIT_PROBLEMS;
        }
    }

    /** Durations as people write them: {@code 90s}, {@code 5m}, {@code 1h}, {@code 500ms}, or ISO-8601. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            try {
                if (v.startsWith("p")) {
                    return Duration.parse(value);
                }
                if (v.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                }
                long n = Long.parseLong(v.substring(0, v.length() - 1));
                return switch (v.charAt(v.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> throw new CommandLine.TypeConversionException("unknown unit in '" + value + "'");
                };
            } catch (NumberFormatException | java.time.format.DateTimeParseException
                     | StringIndexOutOfBoundsException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (try 90s or 5m)");
            }
        }
    }
}
