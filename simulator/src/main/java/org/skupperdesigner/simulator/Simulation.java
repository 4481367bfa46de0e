package org.skupperdesigner.simulator;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.router.RouterOptions;
import org.skupperdesigner.router.config.KeyStrategy;
import org.skupperdesigner.router.config.RouterConfig;
import org.skupperdesigner.simulator.controller.LiveReconciler;
import org.skupperdesigner.simulator.controller.NetworkController;
import org.skupperdesigner.simulator.controller.NetworkPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.ListenerPlan;
import org.skupperdesigner.simulator.controller.NetworkPlanner;
import org.skupperdesigner.simulator.controller.Reachability;
import org.skupperdesigner.simulator.event.EventBus;
import org.skupperdesigner.simulator.event.FlowView;
import org.skupperdesigner.simulator.event.SimulationEvent;
import org.skupperdesigner.simulator.fault.FaultInjector;
import org.skupperdesigner.simulator.fault.LinkShaper;
import org.skupperdesigner.simulator.metrics.ListenerMetrics;
import org.skupperdesigner.simulator.metrics.MetricsRegistry;
import org.skupperdesigner.simulator.pki.SimulationPki;
import org.skupperdesigner.simulator.settings.SimulationSettings;
import org.skupperdesigner.simulator.settings.SimulationSettingsParser;
import org.skupperdesigner.simulator.trace.ConnectionTracer;
import org.skupperdesigner.simulator.trace.Trace;
import org.skupperdesigner.simulator.traffic.Protocol;
import org.skupperdesigner.simulator.traffic.ResponseCheck;
import org.skupperdesigner.simulator.traffic.ResponseChecks;
import org.skupperdesigner.simulator.traffic.TrafficControl;
import org.skupperdesigner.simulator.traffic.TrafficGenerator;
import org.skupperdesigner.simulator.workload.Workloads;

/**
 * A design running offline: one embedded router per site, real TCP listeners on loopback, workloads behind
 * the connectors, links over loopback mutual TLS (or in-JVM channels). This is the whole API the designer
 * and the command line use:
 *
 * <pre>{@code
 * try (Simulation sim = Simulation.start(network, SimulationOptions.defaults())) {
 *     sim.awaitReady(Duration.ofSeconds(10));
 *     sim.listenerAddresses();                       // west/backend:8080 -> 127.0.0.1:41234
 *     sim.startTraffic("west/backend");               // or sim.traffic().start(id, spec)
 *     var events = sim.subscribe(10_000);             // drain once per frame: events.drain()
 *     sim.faults().cutLink("east-to-west");           // restoreLink, silenceLink, shapeLink, stopSite ...
 *     sim.apply(editedNetwork);                       // live design edits
 *     SimulationSnapshot now = sim.snapshot();        // counters, latency, who served
 *     Trace trace = sim.trace("west/backend", Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * Control methods block briefly and must not be called on an event loop (nor, ideally, the UI thread).
 */
public final class Simulation implements AutoCloseable {
    private final SimulationOptions options;
    private final SimulationLoops loops;
    private final EventBus bus;
    private final Instant startInstant;
    private final MetricsRegistry metrics = new MetricsRegistry();
    private final LiveState live = new LiveState();
    private final Workloads workloads;
    private final NetworkController controller;
    private final LiveReconciler reconciler;
    private final FaultInjector faults;
    private final TrafficControl traffic;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final NetworkPlan initialPlan;
    private volatile SimulationSettings settings;
    private boolean closed;

    private Simulation(Network network, SimulationSettings settings, SimulationOptions options,
                       List<Diagnostic> notes) {
        this.options = options;
        this.settings = settings;
        this.loops = new SimulationLoops(options.routerThreads());
        long startNanos = System.nanoTime();
        this.startInstant = Instant.now();
        this.bus = new EventBus(startNanos, 10_000);
        bus.listen(metrics::onEvent);
        bus.listen(live::onEvent);
        this.workloads = new Workloads(loops.workloads);
        RouterOptions routerOptions = RouterOptions.defaults().withTransport(options.transport())
                .withHello(options.helloInterval(), options.deadInterval())
                .withReconnectBackoff(options.reconnectBackoff())
                .withEventLoopGroup(loops.routers)
                .withEventExecutor(loops.events)
                .withTlsProvider(options.tlsProvider())
                .withFlowHistoryLimit(options.flowHistoryLimit());
        SimulationPki pki = options.tls() ? new SimulationPki(network.name()) : null;
        this.controller = new NetworkController(routerOptions, workloads, pki, bus, startInstant);
        this.reconciler = new LiveReconciler(controller);
        this.faults = new FaultInjector(controller::shaper, new SiteControl(), workloads, bus);
        this.traffic = new TrafficControl(loops.clients, metrics, new Targets(), startNanos, this::note);
        this.initialPlan = NetworkPlanner.plan(network, settings);
        diagnostics.addAll(notes);
        diagnostics.addAll(initialPlan.diagnostics());
    }

    /** Starts a design with the simulation settings it carries. Throws when those settings have errors. */
    public static Simulation start(Network network, SimulationOptions options) {
        List<Diagnostic> problems = new ArrayList<>();
        SimulationSettings settings = SimulationSettingsParser.parse(network.simulation(), "simulation", null,
                problems);
        return start(network, settings, options, problems);
    }

    /**
     * Starts a design with the given settings.
     *
     * @param notes problems found while reading the settings; errors among them stop the start
     */
    public static Simulation start(Network network, SimulationSettings settings, SimulationOptions options,
                                   List<Diagnostic> notes) {
        List<Diagnostic> errors = notes.stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new SimulationException("the simulation settings have " + errors.size() + " error(s)", errors);
        }
        Simulation simulation = null;
        try {
            simulation = new Simulation(network, settings, options, notes);
            simulation.controller.start(simulation.initialPlan);
            return simulation;
        } catch (RuntimeException e) {
            if (simulation != null) {
                simulation.close();
            }
            throw e instanceof SimulationException ? e : new SimulationException("the simulation did not start: "
                    + e.getMessage(), e);
        }
    }

    // ---- what runs ----

    public NetworkPlan plan() {
        return controller.plan();
    }

    public SimulationSettings settings() {
        return settings;
    }

    public SimulationOptions options() {
        return options;
    }

    /** What will not be simulated as drawn, and settings warnings. */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** The configuration a site's router was started from (ports as rendered). */
    public RouterConfig routerConfig(String siteId) {
        return controller.renderedConfig(siteId);
    }

    /** Every listener's loopback address, in design order. */
    public List<ListenerAddress> listenerAddresses() {
        List<ListenerAddress> result = new ArrayList<>();
        var ports = controller.listenerPorts();
        for (ListenerPlan l : controller.plan().listeners()) {
            result.add(new ListenerAddress(l.listenerId(), l.routingKey(), l.designHost(), l.designPort(),
                    "127.0.0.1", ports.getOrDefault(l.listenerId(), 0)));
        }
        return result;
    }

    public ListenerAddress listenerAddress(String listenerId) {
        return listenerAddresses().stream().filter(a -> a.listenerId().equals(listenerId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no listener " + listenerId + listenerHint()));
    }

    /**
     * Waits until every link between running sites is up and every listener that has a reachable connector
     * is open. Returns false on timeout (the network may still be usable; see {@link #snapshot()}).
     */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (notReady().isEmpty()) {
                return true;
            }
            Thread.sleep(10);
        }
        return notReady().isEmpty();
    }

    /** Links and listeners that are not yet as they should be (what {@link #awaitReady} waits for). */
    public List<String> notReady() {
        NetworkPlan plan = controller.plan();
        Set<String> running = controller.runningSites();
        List<String> pending = new ArrayList<>();
        plan.links().stream()
                .filter(l -> running.contains(l.fromSite()) && running.contains(l.toSite()))
                .filter(l -> faults.linkCondition(l.linkId()) == org.skupperdesigner.simulator.fault.LinkCondition.UP)
                .filter(l -> !live.linkUp(l.linkId()))
                .forEach(l -> pending.add("link/" + l.linkId()));
        for (NetworkPlan.SitePlan site : plan.sites()) {
            if (site.mode() != org.skupperdesigner.router.config.RouterMode.INTERIOR
                    || !running.contains(site.siteId())) {
                continue;
            }
            Map<String, Integer> expected = Reachability.expectedCosts(plan, site.siteId(), running::contains,
                    id -> faults.linkCondition(id) == org.skupperdesigner.simulator.fault.LinkCondition.UP);
            Map<String, Integer> actual = new java.util.HashMap<>(live.routeCosts(site.siteId()));
            actual.remove(site.siteId());
            if (!expected.equals(actual)) {
                pending.add("routes of site/" + site.siteId());
            }
        }
        Reachability reach = new Reachability(plan, running::contains);
        reach.openListeners(plan).stream().filter(l -> !live.listenerOpen(l.listenerId()))
                .forEach(l -> pending.add("listener " + l.listenerId()));
        return pending;
    }

    // ---- control ----

    /** Applies a design edit live and returns what changed. The settings come from the new design. */
    public List<String> apply(Network edited) {
        List<Diagnostic> problems = new ArrayList<>();
        SimulationSettings next = SimulationSettingsParser.parse(edited.simulation(), "simulation", null, problems);
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            throw new SimulationException("the edited simulation settings have errors", problems);
        }
        return apply(edited, next);
    }

    /** Applies a design edit live with explicit settings and returns what changed. */
    public List<String> apply(Network edited, SimulationSettings newSettings) {
        this.settings = newSettings;
        List<String> changes = reconciler.apply(NetworkPlanner.plan(edited, newSettings));
        bus.publish(new SimulationEvent.DesignApplied(bus.now(), changes));
        return changes;
    }

    public FaultInjector faults() {
        return faults;
    }

    public TrafficControl traffic() {
        return traffic;
    }

    /** Starts traffic to a listener with the design's settings for it (or the default traffic). */
    public TrafficGenerator startTraffic(String listenerId) {
        return traffic.start(listenerId, settings.trafficFor(listenerId));
    }

    /** Adds a line to the event timeline. */
    public void note(String text) {
        bus.publish(new SimulationEvent.Note(bus.now(), text));
    }

    // ---- observation ----

    /** A batched event stream: drain it once per frame. Close it when done. */
    public EventBus.Subscription subscribe(int capacity) {
        return bus.subscribe(capacity, null);
    }

    public EventBus.Subscription subscribe(int capacity, Predicate<SimulationEvent> filter) {
        return bus.subscribe(capacity, filter);
    }

    /** Faults, link and listener changes, site starts and stops, design edits, notes (no flows), oldest first. */
    public List<SimulationEvent> timeline() {
        return bus.timeline();
    }

    public Duration elapsed() {
        return bus.now();
    }

    public EventBus events() {
        return bus;
    }

    public MetricsRegistry metrics() {
        return metrics;
    }

    public ListenerMetrics listenerMetrics(String listenerId) {
        return metrics.listener(listenerId);
    }

    /** Counters, latencies, served-by shares, link and site states; queries no router. */
    public SimulationSnapshot snapshot() {
        Duration now = bus.now();
        long nowMicros = now.toNanos() / 1000;
        var generators = traffic.generators();
        List<SimulationSnapshot.ListenerState> listeners = new ArrayList<>();
        NetworkPlan plan = controller.plan();
        Map<String, KeyStrategy> strategies = new HashMap<>();
        plan.listeners().forEach(l -> strategies.put(l.listenerId(), l.strategy()));
        for (ListenerAddress address : listenerAddresses()) {
            ListenerMetrics m = metrics.listener(address.listenerId());
            TrafficGenerator g = generators.get(address.listenerId());
            KeyStrategy strategy = strategies.getOrDefault(address.listenerId(),
                    KeyStrategy.single(address.routingKey()));
            String siteId = address.listenerId().substring(0, address.listenerId().indexOf('/'));
            Set<String> reachable = live.reachableKeys(siteId);
            listeners.add(new SimulationSnapshot.ListenerState(address, live.listenerOpen(address.listenerId()),
                    g != null && !g.isFinished(), m.total(),
                    m.window(Math.max(0, nowMicros - 1_000_000), nowMicros + 1), strategy,
                    strategy.reachable(reachable::contains)));
        }
        List<SimulationSnapshot.LinkState> links = new ArrayList<>();
        for (NetworkPlan.LinkPlan l : plan.links()) {
            LinkShaper s = controller.shaper(l.linkId());
            links.add(new SimulationSnapshot.LinkState(l.linkId(), l.fromSite(), l.toSite(), live.linkUp(l.linkId()),
                    l.cost(), s == null ? "unknown" : s.condition().name().toLowerCase(),
                    s == null ? "none" : s.shape().describe(), s == null ? 0 : s.forwardBytes(),
                    s == null ? 0 : s.backwardBytes()));
        }
        List<SimulationSnapshot.SiteState> sites = plan.sites().stream()
                .map(s -> new SimulationSnapshot.SiteState(s.siteId(), s.mode().name().toLowerCase(),
                        controller.isRunning(s.siteId())))
                .toList();
        return new SimulationSnapshot(now, listeners, links, sites);
    }

    /** Flow records held by the routers right now (recent finished and active). Queries every router. */
    public List<FlowView> flows() {
        return controller.flows();
    }

    /** Follows one new connection through a listener hop by hop. */
    public Trace trace(String listenerId, Duration timeout) throws InterruptedException {
        listenerAddress(listenerId);
        return new ConnectionTracer(bus, workloads, controller.plan(), controller.linkIndex(), live::routeCosts,
                loops.clients, startInstant).trace(listenerAddress(listenerId), timeout);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        traffic.close();
        controller.close();
        workloads.close();
        loops.close();
    }

    // ---- helpers ----

    private String listenerHint() {
        return " (there are: " + controller.plan().listeners().stream().map(ListenerPlan::listenerId)
                .collect(Collectors.joining(", ")) + ")";
    }

    /** What a generator needs about listeners. */
    private final class Targets implements TrafficControl.Targets {
        @Override
        public InetSocketAddress address(String listenerId) {
            Optional<ListenerAddress> a = listenerAddresses().stream()
                    .filter(x -> x.listenerId().equals(listenerId)).findFirst();
            return a.map(x -> new InetSocketAddress(x.host(), x.port())).orElse(null);
        }

        @Override
        public ResponseCheck check(String listenerId, Protocol protocol) {
            return ResponseChecks.forListener(controller.plan(), listenerId, protocol);
        }
    }

    private final class SiteControl implements FaultInjector.Sites {
        @Override
        public boolean stopSite(String siteId) {
            return controller.stopSite(siteId);
        }

        @Override
        public boolean startSite(String siteId) {
            return controller.startSite(siteId);
        }

        @Override
        public boolean isRunning(String siteId) {
            return controller.isRunning(siteId);
        }

        @Override
        public boolean exists(String siteId) {
            return controller.plan().site(siteId).isPresent();
        }
    }
}
