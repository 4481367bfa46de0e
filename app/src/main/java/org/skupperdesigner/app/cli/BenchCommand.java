package org.skupperdesigner.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.skupperdesigner.router.bench.BenchReport;
import org.skupperdesigner.router.bench.BenchSettings;
import org.skupperdesigner.router.bench.RouterBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code skupper-designer bench}: what the embedded router costs in throughput, latency, connection rate,
 * memory and failover time, as ratios against the same client and server connected directly (the bench
 * itself lives in the router module: {@code org.skupperdesigner.router.bench}; method in docs/performance.md).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the embedded router on loopback against a direct connection, in the same run: "
                + "B1-B3 throughput through 2 and 3 sites (plain and mutual TLS), B4 latency added per hop, "
                + "B5 new connections per second, B6 memory per idle connection, B7 failover time, router CPU "
                + "per GB moved. Ratios, not absolute numbers, are the headline: the machine may be shared.",
                "Takes about two minutes with the defaults."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the bench ran (with --check: and every target was met)",
                "1:with --check, a target was missed; or the bench could not run",
                "2:bad options"})
public final class BenchCommand implements Callable<Integer> {
    static final int EXIT_MISSED = 1;
    static final int EXIT_USAGE = 2;

    /** Runs the bench; replaced in tests. */
    interface Runner {
        BenchReport run(BenchSettings settings, PrintWriter progress) throws Exception;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sites", paramLabel = "2|3", description = "Routers in the line for the latency measure "
            + "(B4). Default: ${DEFAULT-VALUE}.", defaultValue = "2")
    int sites;

    @Option(names = "--tls", paramLabel = "on|off", description = "Mutual TLS on the links of B4, B6 and B7 "
            + "(B1 is plain and B2, B3, B5 are mutual TLS by definition). Default: ${DEFAULT-VALUE}.",
            defaultValue = "on")
    String tls;

    @Option(names = "--streams", paramLabel = "N", description = "Parallel streams of the multi-stream "
            + "throughput measure (B1). Default: ${DEFAULT-VALUE}.", defaultValue = "8")
    int streams;

    @Option(names = "--duration", paramLabel = "S", description = "Seconds measured per sample (throughput, "
            + "latency, connection rate). Default: ${DEFAULT-VALUE}.", defaultValue = "1")
    double duration;

    @Option(names = "--repetitions", paramLabel = "N", description = "Samples per measure; the figures are "
            + "medians. Default: ${DEFAULT-VALUE}.", defaultValue = "5")
    int repetitions;

    @Option(names = "--idle-connections", paramLabel = "N", description = "Idle connections for B6 (0 skips "
            + "it). Default: ${DEFAULT-VALUE}.", defaultValue = "10000")
    int idleConnections;

    @Option(names = "--ring", paramLabel = "N", description = "Routers in the convergence ring (C1; 0 skips "
            + "it). Default: ${DEFAULT-VALUE}.", defaultValue = "100")
    int ring;

    @Option(names = "--references", paramLabel = "on|off", description = "Also take the issue's reference "
            + "figures in the same run, the way it took them: iperf3 direct, through one haproxy, two chained and two "
            + "chained with mutual TLS, and B1-B3 driven by the same iperf3 (adds about 2 minutes; needs iperf3 and "
            + "haproxy on the PATH). Default: ${DEFAULT-VALUE}.", defaultValue = "off")
    String references;

    @Option(names = "--format", paramLabel = "text|json", description = "Output: a table for people (text) or "
            + "JSON for scripts. Default: ${DEFAULT-VALUE}.", defaultValue = "text")
    OutputFormat format;

    @Option(names = "--check", description = "Exit with 1 when a target is missed.")
    boolean check;

    @Option(names = "--quiet", description = "No progress lines on standard error.")
    boolean quiet;

    Runner runner = (settings, progress) -> RouterBench.run(settings, line -> {
        progress.println("bench: " + line);
        progress.flush();
    });

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchSettings settings;
        try {
            settings = new BenchSettings(sites, parseSwitch("--tls", tls), streams, duration, repetitions,
                    idleConnections, ring, parseSwitch("--references", references));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return EXIT_USAGE;
        }
        PrintWriter progress = quiet ? new PrintWriter(PrintWriter.nullWriter()) : err;
        BenchReport report = runner.run(settings, progress);
        out.print(format == OutputFormat.json ? report.toJson() : report.toTable());
        out.flush();
        return check && !report.missed().isEmpty() ? EXIT_MISSED : 0;
    }

    private static boolean parseSwitch(String option, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new IllegalArgumentException(option + " must be on or off, not " + value);
        };
    }
}
