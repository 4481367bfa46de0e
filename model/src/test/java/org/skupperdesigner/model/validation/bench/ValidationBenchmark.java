package org.skupperdesigner.model.validation.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.skupperdesigner.model.analysis.ReachabilityAnalyzer;
import org.skupperdesigner.model.analysis.ReachabilityReport;
import org.skupperdesigner.model.analysis.RoutingTopology;
import org.skupperdesigner.model.analysis.WhatIfAnalyzer;
import org.skupperdesigner.model.analysis.WhatIfResult;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.IncrementalValidator;
import org.skupperdesigner.model.validation.ValidationReport;
import org.skupperdesigner.model.validation.Validator;

/**
 * The validation benchmark behind {@code docs/performance.md} ("Validation"). Not a unit test: run it by hand on
 * an otherwise idle machine (command in the doc). Generates a 1,000-site / 10,000-resource design and reports
 * medians (and minima) after warm-up for: full validation, all reachability proofs, a what-if for every site and
 * every link, all three together, and incremental re-validation after single edits.
 *
 * <p>Arguments: {@code [sites=1000] [rounds=15]}.
 */
public final class ValidationBenchmark {

    private ValidationBenchmark() {
    }

    public static void main(String[] args) {
        int sites = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Network network = SyntheticDesigns.generate(sites, 1);
        System.out.printf(Locale.ROOT, "design: %d sites, %d resources, %d links; JVM %s, %d cpus%n",
                network.sites().size(), SyntheticDesigns.resourceCount(network), network.links().size(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        ValidationReport report = new Validator().validate(network);
        Map<String, Integer> byRule = new TreeMap<>();
        for (Diagnostic d : report.diagnostics()) {
            byRule.merge(d.ruleId() + " (" + d.severity().label() + ")", 1, Integer::sum);
        }
        System.out.println("findings: " + byRule);
        ReachabilityReport reach = new ReachabilityAnalyzer().analyze(network);
        long routes = reach.listeners().stream().mapToLong(l -> l.routes().size()).sum();
        System.out.printf(Locale.ROOT, "reachability: %d listener keys, %d routes%n", reach.listeners().size(),
                routes);

        if (Boolean.getBoolean("bench.perRule")) {
            perRule(network, rounds);
        }
        measure("full validation", rounds, () -> new Validator().validate(network));
        measure("all reachability proofs", rounds, () -> new ReachabilityAnalyzer().analyze(network));
        measure("what-if every site + link", rounds, () -> whatIfAll(network));
        measure("all three together", rounds, () -> {
            new Validator().validate(network);
            RoutingTopology topology = new RoutingTopology(network);
            new ReachabilityAnalyzer().analyze(topology);
            WhatIfAnalyzer w = new WhatIfAnalyzer(topology);
            w.everySite();
            return w.everyLink();
        });
        incremental(network, rounds);
    }

    /** Slowest rules first, each run alone; for finding what to optimise. */
    private static void perRule(Network network, int rounds) {
        Map<Double, String> slowest = new TreeMap<>(Collections.reverseOrder());
        for (org.skupperdesigner.model.validation.Rule rule : org.skupperdesigner.model.validation.RuleSet.standard()
                .all()) {
            Validator alone = new Validator(org.skupperdesigner.model.validation.RuleSet.standard().only(rule.id()),
                    org.skupperdesigner.model.validation.ValidationOptions.DEFAULTS);
            for (int i = 0; i < 3; i++) {
                alone.validate(network);
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                alone.validate(network);
            }
            slowest.put((System.nanoTime() - t0) / 1e6 / rounds + Math.random() * 1e-9, rule.id());
        }
        slowest.entrySet().stream().limit(12).forEach(e -> System.out.printf(Locale.ROOT,
                "  %-45s %8.2f ms (incl. indexes)%n", e.getValue(), e.getKey()));
    }

    private static List<WhatIfResult> whatIfAll(Network network) {
        WhatIfAnalyzer w = new WhatIfAnalyzer(network);
        List<WhatIfResult> all = new ArrayList<>(w.everySite());
        all.addAll(w.everyLink());
        return all;
    }

    private static void incremental(Network network, int rounds) {
        IncrementalValidator validator = new IncrementalValidator();
        validator.validate(network);
        Random random = new Random(7);
        List<Double> resourceEdits = new ArrayList<>();
        List<Double> resourceCpu = new ArrayList<>();
        List<Double> keyEdits = new ArrayList<>();
        List<Double> keyCpu = new ArrayList<>();
        List<Double> linkEdits = new ArrayList<>();
        List<Double> linkCpu = new ArrayList<>();
        Network current = network;
        int edits = Math.max(50, rounds * 20);
        for (int i = 0; i < edits * 2; i++) {
            NetworkSite site = current.sites().get(random.nextInt(current.sites().size()));
            Listener l = (Listener) site.find(org.skupperdesigner.model.resource.ResourceKind.LISTENER, "listener-0")
                    .orElseThrow();
            SkupperResource edited = l.withSpec(l.spec().withPort(7000 + random.nextInt(500) + 10));
            Network next = current.withSite(site.withResource(edited));
            time(validator, next, i >= edits ? resourceEdits : null, resourceCpu);
            current = next;
        }
        for (int i = 0; i < edits * 2; i++) {
            NetworkSite site = current.sites().get(random.nextInt(current.sites().size()));
            Listener l = (Listener) site.find(org.skupperdesigner.model.resource.ResourceKind.LISTENER, "listener-1")
                    .orElseThrow();
            String key = current.sites().get(random.nextInt(current.sites().size())).resources().stream()
                    .filter(r -> r instanceof org.skupperdesigner.model.resource.Connector).findFirst()
                    .map(r -> ((org.skupperdesigner.model.resource.Connector) r).spec().routingKey()).orElseThrow();
            Network next = current.withSite(site.withResource(l.withSpec(l.spec().withRoutingKey(key))));
            time(validator, next, i >= edits ? keyEdits : null, keyCpu);
            current = next;
        }
        for (int i = 0; i < edits * 2; i++) {
            NetworkLink link = current.links().get(random.nextInt(current.links().size()));
            Network next = current.withLink(link.withCost(1 + random.nextInt(5)));
            time(validator, next, i >= edits ? linkEdits : null, linkCpu);
            current = next;
        }
        print("re-validate: listener port edit", resourceEdits, tail(resourceCpu, resourceEdits.size()));
        print("re-validate: listener key edit", keyEdits, tail(keyCpu, keyEdits.size()));
        print("re-validate: link cost edit", linkEdits, tail(linkCpu, linkEdits.size()));
    }

    private static void time(IncrementalValidator validator, Network next, List<Double> wall, List<Double> cpu) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        validator.validate(next);
        if (wall != null) {
            wall.add((System.nanoTime() - t0) / 1e6);
        }
        cpu.add((THREADS.getCurrentThreadCpuTime() - c0) / 1e6);
    }

    private static List<Double> tail(List<Double> all, int n) {
        return all.subList(all.size() - n, all.size());
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static void measure(String what, int rounds, Supplier<?> task) {
        for (int i = 0; i < Math.max(3, rounds / 2); i++) {
            task.get();
        }
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            task.get();
            wall.add((System.nanoTime() - t0) / 1e6);
            cpu.add((THREADS.getCurrentThreadCpuTime() - c0) / 1e6);
        }
        print(what, wall, cpu);
    }

    /** Wall-clock and this thread's CPU time: on a shared machine the CPU time is the steadier figure. */
    private static void print(String what, List<Double> wall, List<Double> cpu) {
        List<Double> w = new ArrayList<>(wall);
        List<Double> c = new ArrayList<>(cpu);
        Collections.sort(w);
        Collections.sort(c);
        System.out.printf(Locale.ROOT, "%-36s wall median %8.2f ms  min %8.2f  p90 %8.2f | cpu median %8.2f ms"
                        + "  min %8.2f  (n=%d)%n", what, w.get(w.size() / 2), w.get(0), w.get((int) (w.size() * 0.9)),
                c.get(c.size() / 2), c.get(0), w.size());
    }
}
