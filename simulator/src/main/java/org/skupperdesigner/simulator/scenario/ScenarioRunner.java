package org.skupperdesigner.simulator.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.simulator.Simulation;
import org.skupperdesigner.simulator.SimulationException;
import org.skupperdesigner.simulator.SimulationOptions;
import org.skupperdesigner.simulator.controller.NetworkPlan;
import org.skupperdesigner.simulator.controller.NetworkPlanner;
import org.skupperdesigner.simulator.controller.Reachability;
import org.skupperdesigner.simulator.fault.FaultInjector;
import org.skupperdesigner.simulator.report.ReportBuilder;
import org.skupperdesigner.simulator.report.SimulationReport;
import org.skupperdesigner.simulator.settings.SimulationSettings;
import org.skupperdesigner.simulator.settings.SimulationSettingsParser;
import org.skupperdesigner.simulator.traffic.TrafficSpec;

/**
 * Runs a scenario: starts the design, waits until it is ready, starts traffic, plays the timeline, stops
 * traffic after the duration and checks the expectations. Bad input (unknown links, listeners...) is a
 * {@link SimulationException} before anything starts.
 */
public final class ScenarioRunner {
    /** Told how the run goes. */
    public interface Listener {
        /** The network is up (or the wait for it timed out); traffic starts next. Called on the runner's thread. */
        default void ready(Simulation simulation) {
        }

        /** About once per second. */
        default void progress(Duration at, Duration total, String line) {
        }
    }

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final long TICK_MILLIS = 1000;

    private final SimulationOptions options;

    public ScenarioRunner(SimulationOptions options) {
        this.options = options;
    }

    public ScenarioResult run(Network network, Scenario scenario, Listener listener) throws InterruptedException {
        SimulationOptions effective = timers(scenario.timers());
        List<Diagnostic> problems = new ArrayList<>();
        SimulationSettings settings = SimulationSettingsParser.parse(network.simulation(), "simulation", null,
                problems);
        if (!scenario.simulation().isEmpty()) {
            SimulationSettings overlay = SimulationSettingsParser.parse(scenario.simulation(), "simulation",
                    scenario.locator(), problems, settings, Set.of("defaults", "workloads", "traffic"));
            settings = settings.overlaidWith(overlay, true);
        }
        NetworkPlan plan = NetworkPlanner.plan(network, settings);
        problems.addAll(ScenarioChecks.check(scenario, network, plan));
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            throw new SimulationException("the scenario cannot run", problems);
        }
        Instant startedAt = Instant.now();
        try (Simulation sim = Simulation.start(network, settings, effective, problems)) {
            if (!sim.awaitReady(READY_TIMEOUT)) {
                sim.note("not ready after " + READY_TIMEOUT.toSeconds() + " s: " + String.join(", ", sim.notReady()));
            }
            listener.ready(sim);
            long origin = sim.elapsed().toNanos() / 1000;
            sim.note("scenario " + scenario.name() + " starts");
            startTraffic(sim, settings, plan);
            List<String> stepErrors = play(sim, network, scenario, origin, listener);
            sim.traffic().stopAll(maxTimeout(sim).toMillis() + 2000, TimeUnit.MILLISECONDS);
            long end = origin + scenario.duration().toNanos() / 1000;
            List<ExpectationResult> results = new ArrayList<>();
            for (Expectation e : expectations(scenario, plan)) {
                results.add(ExpectationEvaluator.evaluate(e, sim.listenerMetrics(e.listenerId()), origin, end));
            }
            boolean passed = stepErrors.isEmpty() && results.stream().allMatch(ExpectationResult::passed);
            SimulationReport report = ReportBuilder.build(sim, scenario.name(), network.name(), startedAt, origin, end,
                    results.isEmpty() && stepErrors.isEmpty() ? null : passed, results, stepErrors);
            return new ScenarioResult(passed, results, stepErrors, report);
        }
    }

    private SimulationOptions timers(String timers) {
        if ("fast".equals(timers)) {
            SimulationOptions fast = SimulationOptions.fast();
            return options.withTimers(fast.helloInterval(), fast.deadInterval(), fast.reconnectBackoff());
        }
        if ("skupper".equals(timers)) {
            SimulationOptions skupper = SimulationOptions.defaults();
            return options.withTimers(skupper.helloInterval(), skupper.deadInterval(), skupper.reconnectBackoff());
        }
        return options;
    }

    /** The design's traffic, or default traffic to every listener when the design names none. */
    private static void startTraffic(Simulation sim, SimulationSettings settings, NetworkPlan plan) {
        Map<String, TrafficSpec> traffic = settings.traffic();
        if (traffic.isEmpty()) {
            plan.listeners().forEach(l -> sim.traffic().start(l.listenerId(), settings.defaultTraffic()));
        } else {
            traffic.forEach((id, spec) -> sim.traffic().start(id, spec));
        }
    }

    /** The scenario's expectations, plus "under 1% errors" per reachable listener for a smoke test. */
    static List<Expectation> expectations(Scenario scenario, NetworkPlan plan) {
        List<Expectation> all = new ArrayList<>(scenario.expectations());
        if (scenario.smokeTest()) {
            new Reachability(plan, id -> true).openListeners(plan).forEach(l -> all.add(ExpectationParser.parse(
                    "listener " + l.listenerId() + " errors < 1%", null)));
        }
        return all;
    }

    private static List<String> play(Simulation sim, Network network, Scenario scenario, long originMicros,
                                     Listener progress) throws InterruptedException {
        List<String> errors = new ArrayList<>();
        Network current = network;
        long originNanos = originMicros * 1000;
        long endNanos = originNanos + scenario.duration().toNanos();
        long nextTick = originNanos;
        int next = 0;
        List<ScenarioStep> steps = scenario.steps();
        while (true) {
            long now = sim.elapsed().toNanos();
            while (next < steps.size() && originNanos + steps.get(next).at().toNanos() <= now) {
                ScenarioStep step = steps.get(next++);
                try {
                    current = apply(sim, current, step.action());
                } catch (RuntimeException e) {
                    String message = "at " + ScenarioText.seconds(step.at()) + " '" + step.action().describe()
                            + "' failed: " + e.getMessage();
                    errors.add(message);
                    sim.note(message);
                }
            }
            if (now >= nextTick) {
                progress.progress(Duration.ofNanos(now - originNanos), scenario.duration(),
                        ScenarioText.progress(sim.snapshot(), sim.faults(), sim.plan()));
                nextTick += TICK_MILLIS * 1_000_000;
            }
            if (now >= endNanos) {
                return errors;
            }
            long wake = Math.min(endNanos, Math.min(nextTick, next < steps.size()
                    ? originNanos + steps.get(next).at().toNanos() : Long.MAX_VALUE));
            long sleepNanos = Math.max(1_000_000, wake - sim.elapsed().toNanos());
            TimeUnit.NANOSECONDS.sleep(Math.min(sleepNanos, 250_000_000));
        }
    }

    private static Network apply(Simulation sim, Network current, ScenarioAction action) {
        FaultInjector faults = sim.faults();
        sim.note("step: " + action.describe());
        if (action instanceof ScenarioAction.CutLink a) {
            faults.cutLink(a.linkId());
        } else if (action instanceof ScenarioAction.SilenceLink a) {
            faults.silenceLink(a.linkId());
        } else if (action instanceof ScenarioAction.RestoreLink a) {
            faults.restoreLink(a.linkId());
        } else if (action instanceof ScenarioAction.ShapeLink a) {
            faults.shapeLink(a.linkId(), a.shape());
        } else if (action instanceof ScenarioAction.StopSite a) {
            faults.stopSite(a.siteId());
        } else if (action instanceof ScenarioAction.StartSite a) {
            faults.startSite(a.siteId());
        } else if (action instanceof ScenarioAction.StopWorkload a) {
            faults.stopWorkload(a.connectorId());
        } else if (action instanceof ScenarioAction.StartWorkload a) {
            faults.startWorkload(a.connectorId());
        } else if (action instanceof ScenarioAction.StartTraffic a) {
            a.traffic().forEach((id, spec) -> sim.traffic().start(id, spec));
        } else if (action instanceof ScenarioAction.StopTraffic a) {
            sim.traffic().stop(a.listenerId());
        } else if (action instanceof ScenarioAction.RemoveElement || action instanceof ScenarioAction.SetLinkCost) {
            Network edited = DesignEdits.apply(current, action);
            sim.apply(edited, sim.settings());
            return edited;
        }
        return current;
    }

    private static Duration maxTimeout(Simulation sim) {
        return sim.traffic().generators().values().stream().map(g -> g.spec().timeout())
                .max(Duration::compareTo).orElse(Duration.ofSeconds(1));
    }
}
