package org.skupperdesigner.simulator.controller;

import java.net.SocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.skupperdesigner.router.RouterOptions;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.config.RouterConfig;
import org.skupperdesigner.router.config.TcpListenerConfig;
import org.skupperdesigner.router.link.LinkAddresses;
import org.skupperdesigner.simulator.controller.NetworkPlan.AcceptorPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.LinkPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.SitePlan;
import org.skupperdesigner.simulator.event.EventBus;
import org.skupperdesigner.simulator.event.FlowView;
import org.skupperdesigner.simulator.event.SimulationEvent;
import org.skupperdesigner.simulator.fault.LinkShaper;
import org.skupperdesigner.simulator.net.LoopbackPorts;
import org.skupperdesigner.simulator.pki.SimulationPki;
import org.skupperdesigner.simulator.workload.Workload;
import org.skupperdesigner.simulator.workload.Workloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a plan: one embedded router per site, a shaper on every link's network path, the workloads behind the
 * connectors. Sites can be stopped and started again (same identity, same listener ports); the live
 * reconciler applies design edits through it. Methods are synchronized: one control action at a time.
 * Never call it from an event loop.
 */
public final class NetworkController implements AutoCloseable, RouterConfigRenderer.Endpoints {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkController.class);

    private final RouterOptions options;
    private final Workloads workloads;
    private final SimulationPki pki;
    private final EventBus bus;
    private final Instant start;
    private final Map<String, RouterRuntime> routers = new ConcurrentHashMap<>();
    private final Map<String, AutoCloseable> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, LinkShaper> shapers = new ConcurrentHashMap<>();
    private final Map<String, Integer> acceptorPorts = new ConcurrentHashMap<>();
    private final Map<String, Integer> listenerPorts = new ConcurrentHashMap<>();
    private final Map<String, RouterConfig> rendered = new ConcurrentHashMap<>();
    private final LoopbackPorts ports = new LoopbackPorts();
    private volatile NetworkPlan plan = new NetworkPlan(List.of(), List.of(), List.of());
    private volatile LinkIndex linkIndex = new LinkIndex(plan);

    /**
     * @param options   router options (transport, timers, the shared event loop group and event executor)
     * @param workloads where connector workloads run
     * @param pki       router identities, or null for plain in-JVM links
     * @param bus       where events go
     * @param start     the simulation's time zero
     */
    public NetworkController(RouterOptions options, Workloads workloads, SimulationPki pki, EventBus bus,
                             Instant start) {
        this.options = options;
        this.workloads = workloads;
        this.pki = pki;
        this.bus = bus;
        this.start = start;
    }

    /** Starts everything of {@code newPlan}: shapers, workloads, then routers in design order. */
    public synchronized void start(NetworkPlan newPlan) {
        setPlan(newPlan);
        for (LinkPlan link : newPlan.links()) {
            openShaper(link);
        }
        for (NetworkPlan.ConnectorPlan connector : newPlan.connectors()) {
            workloads.start(connector.siteId(), connector.name(), connector.workload());
        }
        // every router with its acceptors first, then the links: no dialler meets a missing acceptor and backs off.
        // Routers start in parallel: most of a start is TLS context and certificate work off the event loops.
        parallel(newPlan.sites(), site -> startRouter(site, false));
        parallel(newPlan.sites(), site -> dialLinks(site.siteId()));
    }

    private static void parallel(List<SitePlan> sites, java.util.function.Consumer<SitePlan> action) {
        int threads = Math.min(sites.size(), Math.max(2, Runtime.getRuntime().availableProcessors()));
        if (threads <= 1) {
            sites.forEach(action);
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "simulation-start");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (SitePlan site : sites) {
                futures.add(pool.submit(() -> action.accept(site)));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting routers", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- sites ----

    /** Stops a site's router like a crashed or stopped pod: its links drop, its listeners close. */
    public synchronized boolean stopSite(String siteId) {
        RouterRuntime router = routers.remove(siteId);
        if (router == null) {
            return false;
        }
        closeQuietly(subscriptions.remove(siteId));
        router.close();
        acceptorPorts.keySet().removeIf(k -> k.startsWith(siteId + '\u0000'));
        // the shaping relay passes the router's close on as a half-close; drop its connections so the dialling
        // routers see the whole link go at once, as when a pod dies
        for (LinkPlan link : plan.links()) {
            LinkShaper shaper = link.toSite().equals(siteId) ? shapers.get(link.linkId()) : null;
            if (shaper != null) {
                shaper.dropConnections();
            }
        }
        bus.publish(new SimulationEvent.SiteChanged(bus.now(), siteId, false));
        for (LinkPlan link : plan.linksFrom(siteId)) {
            bus.publish(new SimulationEvent.LinkChanged(bus.now(), link.linkId(), SimulationEvent.LinkState.DOWN, 0,
                    "site " + siteId + " stopped"));
        }
        return true;
    }

    /** Starts a stopped site's router again from the current plan. */
    public synchronized boolean startSite(String siteId) {
        if (routers.containsKey(siteId)) {
            return false;
        }
        SitePlan site = plan.site(siteId).orElseThrow(() -> new IllegalArgumentException("no site " + siteId));
        startRouter(site);
        return true;
    }

    public boolean isRunning(String siteId) {
        return routers.containsKey(siteId);
    }

    synchronized void startRouter(SitePlan site) {
        startRouter(site, true);
    }

    private void dialLinks(String siteId) {
        RouterRuntime router = routers.get(siteId);
        RouterConfig config = rendered.get(siteId);
        if (router != null && config != null) {
            config.outgoingLinks().forEach(router::addOutgoingLink);
        }
    }

    private void startRouter(SitePlan site, boolean dial) {
        RouterConfig config = RouterConfigRenderer.render(site, plan.linksFrom(site.siteId()), this,
                pki == null ? null : pki.router(site.siteId()));
        rendered.put(site.siteId(), config);
        // start without listeners and links, subscribe, then add them: no early event is missed
        RouterRuntime router = RouterRuntime.start(config.withListeners(List.of()).withOutgoingLinks(List.of()),
                options);
        routers.put(site.siteId(), router);
        subscriptions.put(site.siteId(), router.subscribe(new RouterEventTranslator(site.siteId(), start, bus,
                () -> linkIndex)));
        for (AcceptorPlan acceptor : site.acceptors()) {
            acceptorPorts.put(site.siteId() + '\u0000' + acceptor.name(), router.linkAcceptorPort(acceptor.name()));
        }
        for (TcpListenerConfig listener : config.listeners()) {
            listenerPorts.put(site.siteId() + "/" + listener.name(), router.addListener(listener));
        }
        bus.publish(new SimulationEvent.SiteChanged(bus.now(), site.siteId(), true));
        if (dial) {
            dialLinks(site.siteId());
        }
    }

    // ---- links ----

    void openShaper(LinkPlan link) {
        LinkShaper shaper = new LinkShaper(link.linkId(), options.transport(), options.eventLoopGroup(),
                () -> acceptorAddress(link.toSite(), link.acceptorName()));
        shaper.bind();
        shapers.put(link.linkId(), shaper);
    }

    void closeShaper(String linkId) {
        LinkShaper shaper = shapers.remove(linkId);
        if (shaper != null) {
            shaper.close();
        }
    }

    /** The network path of a link, for fault injection. */
    public LinkShaper shaper(String linkId) {
        return shapers.get(linkId);
    }

    private SocketAddress acceptorAddress(String siteId, String acceptorName) {
        Integer port = acceptorPorts.get(siteId + '\u0000' + acceptorName);
        return port == null ? null : LinkAddresses.of(options.transport(), RouterConfigRenderer.LOOPBACK, port);
    }

    // ---- Endpoints for rendering ----

    @Override
    public int linkPort(String linkId) {
        LinkShaper shaper = shapers.get(linkId);
        if (shaper == null) {
            throw new IllegalStateException("no shaper for link " + linkId);
        }
        return shaper.port();
    }

    /**
     * The loopback port of a listener: chosen once, here, and kept across restarts. The simulator picks it
     * rather than letting each router pick "any free port", because two listeners probing for a free port at
     * the same moment can be handed the same one.
     */
    @Override
    public int listenerPort(String listenerId) {
        return listenerPorts.computeIfAbsent(listenerId, id -> ports.allocate());
    }

    @Override
    public List<Workload> workloads(String connectorId) {
        return workloads.of(connectorId);
    }

    // ---- state for the reconciler and the facade ----

    public NetworkPlan plan() {
        return plan;
    }

    public LinkIndex linkIndex() {
        return linkIndex;
    }

    synchronized void setPlan(NetworkPlan newPlan) {
        plan = newPlan;
        linkIndex = new LinkIndex(newPlan);
    }

    /** The running router of a site, or null when the site is stopped or unknown. */
    public RouterRuntime router(String siteId) {
        return routers.get(siteId);
    }

    public Set<String> runningSites() {
        return Set.copyOf(routers.keySet());
    }

    /** The configuration last rendered for a site (what its router was started from). */
    public RouterConfig renderedConfig(String siteId) {
        return rendered.get(siteId);
    }

    Workloads workloadRegistry() {
        return workloads;
    }

    void forgetListener(String listenerId) {
        listenerPorts.remove(listenerId);
    }

    void rememberListener(String listenerId, int port) {
        listenerPorts.put(listenerId, port);
    }

    void rememberAcceptor(String siteId, String acceptorName, int port) {
        acceptorPorts.put(siteId + '\u0000' + acceptorName, port);
    }

    void forgetAcceptor(String siteId, String acceptorName) {
        acceptorPorts.remove(siteId + '\u0000' + acceptorName);
    }

    void forgetSite(String siteId) {
        rendered.remove(siteId);
        plan.site(siteId).ifPresent(s -> s.listeners().forEach(l -> listenerPorts.remove(l.listenerId())));
    }

    /** Listener id to loopback port, for every listener of the plan (0 while not yet bound). */
    public Map<String, Integer> listenerPorts() {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (NetworkPlan.ListenerPlan l : plan.listeners()) {
            result.put(l.listenerId(), listenerPorts.getOrDefault(l.listenerId(), 0));
        }
        return result;
    }

    /** Flow records of every running router (recent finished ones, then active ones). */
    public List<FlowView> flows() {
        List<FlowView> result = new ArrayList<>();
        LinkIndex index = linkIndex;
        for (RouterRuntime router : routers.values()) {
            router.flowRecords().forEach(f -> result.add(RouterEventTranslator.view(f, start, index)));
        }
        return result;
    }

    @Override
    public synchronized void close() {
        for (String siteId : new ArrayList<>(routers.keySet())) {
            closeQuietly(subscriptions.remove(siteId));
            try {
                routers.remove(siteId).close();
            } catch (RuntimeException e) {
                LOG.warn("closing router {}: {}", siteId, e.toString());
            }
        }
        shapers.values().forEach(LinkShaper::close);
        shapers.clear();
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("close failed: {}", e.toString());
        }
    }
}
