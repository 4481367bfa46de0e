package org.skupperdesigner.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.skupperdesigner.exporters.kube.ApplyOptions;
import org.skupperdesigner.exporters.kube.ClusterConnector;
import org.skupperdesigner.exporters.kube.NetworkApplier;
import org.skupperdesigner.exporters.kube.PlannedApply;
import org.skupperdesigner.exporters.pki.CaFileStore;
import org.skupperdesigner.exporters.plan.ApplyRequest;
import org.skupperdesigner.exporters.plan.ApplyResult;
import org.skupperdesigner.exporters.plan.PlanText;
import org.skupperdesigner.exporters.system.ProcessSkupperCommand;
import org.skupperdesigner.exporters.system.SystemNamespaceLayout;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.pki.NetworkCa;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    @Parameters(index = "0", paramLabel = "DESIGN", description = "Design file (or Skupper YAML) to apply.")
    Path design;

    @Option(names = "--dry-run", description = "Write nothing; use the servers' dry run where they have one and "
            + "print what would change, field by field.")
    boolean dryRun;

    @Option(names = "--prune", description = "Also delete what skupper-designer applied before and the design no "
            + "longer has.")
    boolean prune;

    @Option(names = "--site", paramLabel = "NAME", description = "Apply only this site (repeatable).")
    List<String> sites = new ArrayList<>();

    @Option(names = "--kubeconfig", paramLabel = "FILE", description = "Kubeconfig file (default: KUBECONFIG or "
            + "~/.kube/config).")
    Path kubeconfig;

    @Option(names = "--ca", paramLabel = "FILE", description = "Network CA for pre-issued link credentials "
            + "(default: <design>.network-ca.pem beside the design; created when missing).")
    Path ca;

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
        LoadedNetwork loaded = NetworkLoader.load(List.of(design));
        DiagnosticPrinter.print(loaded.diagnostics(), err);
        if (loaded.hasErrors()) {
            return SkupperDesignerCommand.EXIT_PROBLEMS;
        }
        Network network = loaded.network();
        ApplyOptions options = ApplyOptions.defaults().withWaits(timeout, poll);
        try (ClusterConnector connector = connector(kubeconfig);
             NetworkApplier applier = new NetworkApplier(connector, SystemNamespaceLayout.fromEnvironment(),
                     new ProcessSkupperCommand(), options, networkCa(ca, design, network, !dryRun, err))) {
            PlannedApply planned = applier.plan(network, new ApplyRequest(dryRun, prune, new LinkedHashSet<>(sites)));
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

    static ClusterConnector connector(Path kubeconfig) {
        return kubeconfig != null ? ClusterConnector.fromKubeconfigFile(kubeconfig) : ClusterConnector.fromEnvironment();
    }

    /**
     * The network CA, loaded (or, when {@code create}, created) only if the design uses pre-issued credentials.
     * Without {@code create} a missing CA is replaced by a temporary one, so nothing is written.
     */
    static Supplier<NetworkCa> networkCa(Path file, Path design, Network network, boolean create, PrintWriter err) {
        CaFileStore store = file != null ? new CaFileStore(file) : CaFileStore.besideDesign(design);
        return () -> {
            try {
                if (store.exists()) {
                    return store.load();
                }
                if (!create) {
                    err.println("note: no network CA at " + store.file() + " yet; a temporary one is used, so "
                            + "pre-issued credentials show as new");
                    return NetworkCa.create(network.name() + " network CA");
                }
                NetworkCa created = store.loadOrCreate(network.name());
                err.println("created the network CA " + store.file() + " (owner-only; keep it private: it signs "
                        + "every link credential of this network)");
                return created;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot use the network CA " + store.file() + ": " + e.getMessage(),
                        e);
            }
        };
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
