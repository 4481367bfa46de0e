package org.skupperdesigner.exporters.kube;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.skupperdesigner.exporters.desired.DesiredNetwork;
import org.skupperdesigner.exporters.desired.DesiredNetworks;
import org.skupperdesigner.exporters.plan.ApplyListener;
import org.skupperdesigner.exporters.plan.ApplyRequest;
import org.skupperdesigner.exporters.plan.ApplyResult;
import org.skupperdesigner.exporters.plan.DriftReport;
import org.skupperdesigner.exporters.plan.LiveStatusReport;
import org.skupperdesigner.exporters.plan.PreflightFinding;
import org.skupperdesigner.exporters.system.SkupperCommand;
import org.skupperdesigner.exporters.system.SystemNamespaceLayout;
import org.skupperdesigner.exporters.system.SystemSiteActivator;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.pki.NetworkCa;

/**
 * The entry point for applying a design to real platforms and comparing it with them:
 * {@link #plan} (preflight, then the ordered steps, nothing written), {@link #apply} / {@link #applyAsync} (run the
 * steps with progress events and rollback), {@link #cancel}, and {@link #diff} (drift report).
 * The connector (kubeconfig contexts) belongs to the caller; the worker thread belongs to this object.
 */
public final class NetworkApplier implements AutoCloseable {

    private final ClusterConnector connector;
    private final SystemNamespaceLayout layout;
    private final SkupperCommand skupper;
    private final ApplyOptions options;
    private final Supplier<NetworkCa> ca;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private ExecutorService worker;

    /**
     * @param ca the network CA; asked for only when the design uses pre-issued credentials
     */
    public NetworkApplier(ClusterConnector connector, SystemNamespaceLayout layout, SkupperCommand skupper,
                          ApplyOptions options, Supplier<NetworkCa> ca) {
        this.connector = connector;
        this.layout = layout;
        this.skupper = skupper;
        this.options = options;
        this.ca = ca;
    }

    /** Preflight every involved site and compute the ordered steps; reads only. */
    public PlannedApply plan(Network network, ApplyRequest request) {
        List<PreflightFinding> findings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> selected = select(network, request.sites(), findings);
        Set<String> wanted = new LinkedHashSet<>(selected);
        if (network.linkMode() == LinkMode.TOKENS) {
            // a dialing site needs its accepting site's grant, even when only the dialing site is applied
            network.links().stream().filter(l -> l.realizedBy() == null && selected.contains(l.fromSite()))
                    .map(NetworkLink::toSite).forEach(wanted::add);
        }
        SiteConnections connections = new SiteConnections(connector, layout, skupper);
        List<NetworkSite> sites = network.sites().stream().filter(s -> wanted.contains(s.id())).toList();
        connections.connect(sites, findings);
        Map<String, NetworkSite> byId = network.sites().stream()
                .collect(Collectors.toMap(NetworkSite::id, s -> s, (a, b) -> a, LinkedHashMap::new));
        DesiredNetwork desired = DesiredNetworks.build(network, ca, options.clock(), connections.liveSecrets(byId));
        desired.problems().forEach(d -> findings.add(finding(d)));
        Map<String, SiteEndpoint> endpoints = findings.stream().anyMatch(PreflightFinding::isError) ? Map.of()
                : connections.prepare(desired, wanted, findings, notes);
        return new ApplyPlanner(options, new SystemSiteActivator(skupper, layout))
                .plan(desired, endpoints, selected, request, findings, notes);
    }

    /** Runs the plan on the calling thread; events arrive on this thread. */
    public ApplyResult apply(PlannedApply planned, ApplyListener listener) {
        cancelled.set(false);
        return new ApplyExecutor(options).execute(planned, listener, cancelled);
    }

    /** Runs the plan on this applier's worker thread (off the UI thread); events arrive on that thread. */
    public synchronized CompletableFuture<ApplyResult> applyAsync(PlannedApply planned, ApplyListener listener) {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "skupper-designer-apply");
                t.setDaemon(true);
                return t;
            });
        }
        return CompletableFuture.supplyAsync(() -> apply(planned, listener), worker);
    }

    /** Stops a running apply at the next check; what it changed is rolled back. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Compares the design with what is live (nothing is written). */
    public DriftReport diff(Network network, Set<String> sites) {
        LiveSites live = connectLive(network, sites, true);
        return new DriftDetector(options, new SystemSiteActivator(skupper, layout)).compare(live.desired(),
                live.endpoints(), live.findings());
    }

    /**
     * Reads what Skupper reports for every site, link, listener and connector of the design (nothing is written):
     * what the designer shows on the canvas after an apply.
     */
    public LiveStatusReport statuses(Network network, Set<String> sites) {
        LiveSites live = connectLive(network, sites, false);
        return new LiveStatusReader().read(live.desired(), live.endpoints(), live.findings());
    }

    /** The selected sites connected and prepared for reading, with what the design should make of them. */
    private LiveSites connectLive(Network network, Set<String> sites, boolean reportDesignProblems) {
        List<PreflightFinding> findings = new ArrayList<>();
        Set<String> selected = select(network, sites, findings);
        SiteConnections connections = new SiteConnections(connector, layout, skupper);
        connections.connect(network.sites().stream().filter(s -> selected.contains(s.id())).toList(), findings);
        Map<String, NetworkSite> byId = network.sites().stream()
                .collect(Collectors.toMap(NetworkSite::id, s -> s, (a, b) -> a, LinkedHashMap::new));
        DesiredNetwork desired = DesiredNetworks.build(network, ca, options.clock(), connections.liveSecrets(byId));
        if (reportDesignProblems) {
            desired.problems().forEach(d -> findings.add(finding(d)));
        }
        Map<String, SiteEndpoint> endpoints = connections.prepare(desired, selected, findings, new ArrayList<>());
        return new LiveSites(desired, endpoints, findings);
    }

    private record LiveSites(DesiredNetwork desired, Map<String, SiteEndpoint> endpoints,
                             List<PreflightFinding> findings) {
    }

    private static Set<String> select(Network network, Set<String> requested, List<PreflightFinding> findings) {
        Set<String> ids = new LinkedHashSet<>();
        if (requested.isEmpty()) {
            network.sites().forEach(s -> ids.add(s.id()));
            return ids;
        }
        for (String wanted : requested) {
            network.siteByIdOrName(wanted).ifPresentOrElse(s -> ids.add(s.id()), () -> findings.add(
                    PreflightFinding.error(wanted, "site", "there is no site '" + wanted + "' in the design (sites: "
                            + String.join(", ", network.sites().stream().map(NetworkSite::name).toList()) + ")")));
        }
        return ids;
    }

    private static PreflightFinding finding(Diagnostic d) {
        String siteId = d.elementIds().stream().filter(ElementIds::isSite).map(ElementIds::siteOf).findFirst()
                .orElse(null);
        String text = d.message() + (d.hint().isEmpty() ? "" : " (" + d.hint() + ")");
        return d.isError() ? PreflightFinding.error(siteId, "design", text)
                : PreflightFinding.warning(siteId, "design", text);
    }

    @Override
    public synchronized void close() {
        cancel();
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }
}
