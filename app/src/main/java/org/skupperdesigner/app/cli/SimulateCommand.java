package org.skupperdesigner.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.IoFailures;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.yaml.YamlDocument;
import org.skupperdesigner.model.yaml.YamlDocumentReader;
import org.skupperdesigner.router.Transport;
import org.skupperdesigner.simulator.ListenerAddress;
import org.skupperdesigner.simulator.Simulation;
import org.skupperdesigner.simulator.SimulationException;
import org.skupperdesigner.simulator.SimulationOptions;
import org.skupperdesigner.simulator.report.HtmlReportWriter;
import org.skupperdesigner.simulator.report.JsonReportWriter;
import org.skupperdesigner.simulator.scenario.ExpectationResult;
import org.skupperdesigner.simulator.scenario.Scenario;
import org.skupperdesigner.simulator.scenario.ScenarioParser;
import org.skupperdesigner.simulator.scenario.ScenarioResult;
import org.skupperdesigner.simulator.scenario.ScenarioRunner;
import org.skupperdesigner.simulator.settings.Quantities;
import org.skupperdesigner.simulator.settings.SimulationSettingsParser;
import org.skupperdesigner.simulator.trace.Trace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code skupper-designer simulate design.yaml [--scenario s.yaml] [--duration 30s] [--report out/]}. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run a design offline: one embedded router per site, links over loopback mutual TLS (or "
                + "in-JVM), real TCP traffic through every listener to built-in or real workloads.",
                "With --scenario, play its timeline (cut links, stop sites, add latency...) and check its "
                        + "expectations; without one, check that every listener with a reachable connector "
                        + "carries traffic with under 1% errors."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the expectations hold", "1:an expectation failed (or a timeline step could not be applied)",
                "2:bad input: unreadable design or scenario, unknown names, bad options"})
public final class SimulateCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;
    static final int EXIT_BAD_INPUT = 2;
    private static final Duration DEFAULT_DURATION = Duration.ofSeconds(10);

    @Parameters(index = "0", arity = "0..1", paramLabel = "DESIGN",
            description = "Design file (or Skupper YAML). May be left out when the scenario names its design.")
    Path design;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario: timeline of faults and expectations.")
    Path scenarioFile;

    @Option(names = "--duration", paramLabel = "DURATION",
            description = "How long traffic runs (e.g. 30s, 2m). Default: the scenario's, else 10s.")
    String duration;

    @Option(names = "--report", paramLabel = "DIR", description = "Write report.json and report.html into DIR.")
    Path reportDir;

    @Option(names = "--transport", paramLabel = "tcp|local", defaultValue = "tcp",
            description = "Links as loopback TCP with mutual TLS (default) or in-JVM channels (large designs).")
    String transport;

    @Option(names = "--timers", paramLabel = "skupper|fast",
            description = "Router hello/dead timers: Skupper's (1 s / 3 s, default) or ten times faster.")
    String timers;

    @Option(names = "--trace", paramLabel = "LISTENER",
            description = "Before traffic starts, follow one connection through LISTENER (site/name) hop by hop.")
    List<String> traces = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "No progress line.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Transport chosenTransport = transport(err);
        if (chosenTransport == null || !validTimers(err)) {
            return EXIT_BAD_INPUT;
        }
        Scenario scenario = null;
        if (scenarioFile != null) {
            scenario = readScenario(err);
            if (scenario == null) {
                return EXIT_BAD_INPUT;
            }
        }
        Path designPath = design != null ? design : scenario == null ? null : scenario.design();
        if (designPath == null) {
            err.println("error: name a design file (or a scenario whose 'design:' names one)");
            return EXIT_BAD_INPUT;
        }
        Network network = readDesign(designPath, err);
        if (network == null) {
            return EXIT_BAD_INPUT;
        }
        Duration runFor;
        try {
            runFor = duration == null ? null : Quantities.duration(duration);
        } catch (IllegalArgumentException e) {
            err.println("error: --duration: " + e.getMessage());
            return EXIT_BAD_INPUT;
        }
        if (scenario == null) {
            scenario = Scenario.smokeTest(network.name(), runFor == null ? DEFAULT_DURATION : runFor);
        } else if (runFor != null) {
            scenario = scenario.withDuration(runFor);
        }
        if (timers != null) {
            scenario = scenario.withTimers(timers);
        }
        SimulationOptions options = SimulationOptions.defaults().withTransport(chosenTransport);
        ScenarioResult result;
        ProgressLine progress = new ProgressLine(err, quiet);
        try {
            result = new ScenarioRunner(options).run(network, scenario, new ScenarioRunner.Listener() {
                @Override
                public void ready(Simulation simulation) {
                    printReady(simulation, out, err);
                }

                @Override
                public void progress(Duration at, Duration total, String line) {
                    progress.show(at, total, line);
                }
            });
        } catch (SimulationException e) {
            progress.end();
            DiagnosticPrinter.print(e.diagnostics(), err);
            err.println("error: " + e.getMessage());
            return EXIT_BAD_INPUT;
        }
        progress.end();
        printResult(result, out);
        if (reportDir != null && !writeReport(result, err, out)) {
            return EXIT_BAD_INPUT;
        }
        return result.passed() ? 0 : EXIT_FAILED;
    }

    private Transport transport(PrintWriter err) {
        String t = transport.toLowerCase(Locale.ROOT);
        if (t.equals("tcp") || t.equals("local")) {
            return t.equals("tcp") ? Transport.TCP : Transport.LOCAL;
        }
        err.println("error: --transport must be tcp or local, was '" + transport + "'");
        return null;
    }

    private boolean validTimers(PrintWriter err) {
        if (timers == null || timers.equals("skupper") || timers.equals("fast")) {
            return true;
        }
        err.println("error: --timers must be skupper or fast, was '" + timers + "'");
        return false;
    }

    private Scenario readScenario(PrintWriter err) {
        String text;
        try {
            text = Files.readString(scenarioFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("error: cannot read the scenario: " + IoFailures.describe(e, scenarioFile));
            return null;
        }
        ScenarioParser.Result parsed = new ScenarioParser().parse(scenarioFile, text);
        DiagnosticPrinter.print(parsed.diagnostics(), err);
        return parsed.hasErrors() ? null : parsed.scenario();
    }

    private static Network readDesign(Path path, PrintWriter err) {
        if (!Files.exists(path)) {
            err.println("error: no such design: " + path);
            return null;
        }
        LoadedNetwork loaded = NetworkLoader.load(List.of(path));
        List<Diagnostic> problems = new ArrayList<>(loaded.diagnostics());
        if (!loaded.hasErrors() && !loaded.network().simulation().isEmpty()) {
            // check the simulation section now, with line numbers from the file
            SimulationSettingsParser.parse(loaded.network().simulation(), "simulation", locator(path), problems);
        }
        DiagnosticPrinter.print(problems, err);
        return problems.stream().anyMatch(Diagnostic::isError) ? null : loaded.network();
    }

    private static Function<String, SourceLocation> locator(Path path) {
        try {
            List<YamlDocument> docs = new YamlDocumentReader().read(path.toString(),
                    Files.readString(path, StandardCharsets.UTF_8), new ArrayList<>());
            return docs.isEmpty() ? p -> null : docs.get(0)::locate;
        } catch (IOException e) {
            return p -> null;
        }
    }

    private void printReady(Simulation simulation, PrintWriter out, PrintWriter err) {
        out.println("Simulating " + simulation.plan().sites().size() + " site(s), " + simulation.plan().links().size()
                + " link(s) over " + (simulation.options().tls() ? simulation.options().transport().name()
                .toLowerCase() + " with mutual TLS" : "in-JVM channels"));
        for (ListenerAddress address : simulation.listenerAddresses()) {
            out.println("  " + address.describe());
        }
        List<String> pending = simulation.notReady();
        if (!pending.isEmpty()) {
            out.println("  not ready: " + String.join(", ", pending));
        }
        out.flush();
        // what is drawn but not simulated (a multi-key listener, a listener without a routing key, ...)
        for (Diagnostic d : simulation.diagnostics()) {
            err.println(d.format());
        }
        err.flush();
        for (String listener : traces) {
            try {
                Trace trace = simulation.trace(listener, Duration.ofSeconds(5));
                out.println("Trace of one connection through " + listener + ":");
                out.print(trace.describe());
            } catch (IllegalArgumentException | IllegalStateException e) {
                err.println("warning: cannot trace " + listener + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        out.flush();
    }

    private static void printResult(ScenarioResult result, PrintWriter out) {
        result.report().listeners().forEach(l -> out.printf("  %-28s %6d requests  %5.1f%% errors  p50 %.2f ms  p99 "
                        + "%.2f ms  served by %s%n", l.id(), l.total().requests(), l.total().errorRate() * 100,
                l.total().p50Millis(), l.total().p99Millis(), l.servedBy().isEmpty() ? "-" : l.servedBy()));
        for (String stepError : result.stepErrors()) {
            out.println("  step failed: " + stepError);
        }
        for (ExpectationResult e : result.expectations()) {
            out.println((e.passed() ? "  PASS  " : "  FAIL  ") + e.text() + "  [" + e.actual() + "]"
                    + (e.location().isEmpty() ? "" : "  (" + e.location() + ")"));
        }
        out.println(result.expectations().isEmpty() && result.stepErrors().isEmpty() ? "No expectations."
                : result.passed() ? "Scenario passed." : "Scenario FAILED.");
        out.flush();
    }

    private boolean writeReport(ScenarioResult result, PrintWriter err, PrintWriter out) {
        try {
            Files.createDirectories(reportDir);
            Path json = new JsonReportWriter().write(result.report(), reportDir.resolve("report.json"));
            Path html = new HtmlReportWriter().write(result.report(), reportDir.resolve("report.html"));
            out.println("wrote " + json);
            out.println("wrote " + html);
            return true;
        } catch (IOException e) {
            err.println("error: cannot write the report into " + reportDir + ": " + IoFailures.describe(e)
                    + "; choose another folder with --report");
            return false;
        }
    }

    /** A live progress line: rewritten in place on a terminal, one line per second otherwise. */
    private static final class ProgressLine {
        private final PrintWriter err;
        private final boolean quiet;
        private final boolean terminal = System.console() != null;
        private int width;

        ProgressLine(PrintWriter err, boolean quiet) {
            this.err = err;
            this.quiet = quiet;
        }

        void show(Duration at, Duration total, String line) {
            if (quiet) {
                return;
            }
            String text = String.format("[%5.1fs/%5.1fs] %s", at.toMillis() / 1000.0, total.toMillis() / 1000.0, line);
            if (terminal) {
                err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
                width = text.length();
            } else {
                err.println(text);
            }
            err.flush();
        }

        void end() {
            if (terminal && width > 0 && !quiet) {
                err.println();
                err.flush();
            }
            width = 0;
        }
    }
}
