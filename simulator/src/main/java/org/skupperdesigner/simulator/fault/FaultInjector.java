package org.skupperdesigner.simulator.fault;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skupperdesigner.simulator.event.EventBus;
import org.skupperdesigner.simulator.event.SimulationEvent;
import org.skupperdesigner.simulator.workload.Workload;
import org.skupperdesigner.simulator.workload.Workloads;

/**
 * The faults a user can inject into a running simulation. Targets are design ids: links by link id
 * ({@code east-to-west}, {@code link/} prefix optional), sites by site id, workloads by connector id
 * ({@code east/backend}). Every fault is published as an event, so reports mark it on the timeline.
 */
public final class FaultInjector {
    /** A site's router lifecycle. */
    public interface Sites {
        boolean stopSite(String siteId);

        boolean startSite(String siteId);

        boolean isRunning(String siteId);

        boolean exists(String siteId);
    }

    /** Looks up a link's network path. */
    public interface Links {
        LinkShaper shaper(String linkId);
    }

    private final Links links;
    private final Sites sites;
    private final Workloads workloads;
    private final EventBus bus;

    public FaultInjector(Links links, Sites sites, Workloads workloads, EventBus bus) {
        this.links = links;
        this.sites = sites;
        this.workloads = workloads;
        this.bus = bus;
    }

    /** Tears the link's connections down and refuses new ones: both routers see it at once. */
    public void cutLink(String linkId) {
        Duration at = bus.now();
        shaper(linkId).condition(LinkCondition.CUT);
        publish(at, "link/" + id(linkId), "cut", true, "connections reset, new ones refused");
    }

    /** Makes the link a black hole: connections stay open, nothing arrives; found dead after the dead interval. */
    public void silenceLink(String linkId) {
        Duration at = bus.now();
        shaper(linkId).condition(LinkCondition.SILENT);
        publish(at, "link/" + id(linkId), "black hole", true, "silent: detected after the dead interval");
    }

    /** Ends a cut or a black hole; the dialling router reconnects on its backoff schedule. */
    public void restoreLink(String linkId) {
        LinkShaper shaper = shaper(linkId);
        LinkCondition before = shaper.condition();
        Duration at = bus.now();
        shaper.condition(LinkCondition.UP);
        publish(at, "link/" + id(linkId), before == LinkCondition.SILENT ? "black hole" : "cut", false,
                "reconnects on the dialler's backoff");
    }

    /** Replaces the link's latency, bandwidth and loss (use {@link LinkShape#NONE} to clear them). */
    public void shapeLink(String linkId, LinkShape shape) {
        LinkShaper shaper = shaper(linkId);
        Duration at = bus.now();
        shaper.shape(shape);
        publish(at, "link/" + id(linkId), "shaped", !shape.isNone(), shape.describe());
    }

    public LinkShape linkShape(String linkId) {
        return shaper(linkId).shape();
    }

    public LinkCondition linkCondition(String linkId) {
        return shaper(linkId).condition();
    }

    public void stopSite(String siteId) {
        requireSite(siteId);
        Duration at = bus.now();
        if (sites.stopSite(siteId)) {
            publish(at, "site/" + siteId, "site stopped", true, "router down, links dropped, listeners closed");
        }
    }

    public void startSite(String siteId) {
        requireSite(siteId);
        Duration at = bus.now();
        if (sites.startSite(siteId)) {
            publish(at, "site/" + siteId, "site stopped", false, "router started again");
        }
    }

    /** Stops the servers behind a connector: the connector stays a destination and its connections fail. */
    public void stopWorkload(String connectorId) {
        Duration at = bus.now();
        replicas(connectorId).forEach(Workload::stop);
        publish(at, connectorId, "workload stopped", true, "connections to it are refused");
    }

    public void startWorkload(String connectorId) {
        Duration at = bus.now();
        replicas(connectorId).forEach(Workload::start);
        publish(at, connectorId, "workload stopped", false, "serving again");
    }

    /** Current condition of every link path, e.g. for a designer overlay. */
    public Map<String, String> linkStates(List<String> linkIds) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String id : linkIds) {
            LinkShaper s = links.shaper(id);
            if (s != null) {
                result.put(id, s.condition().name().toLowerCase() + (s.shape().isNone() ? "" : ", "
                        + s.shape().describe()));
            }
        }
        return result;
    }

    private List<Workload> replicas(String connectorId) {
        List<Workload> replicas = workloads.of(connectorId);
        if (replicas.isEmpty()) {
            throw new IllegalArgumentException("no connector " + connectorId + " (write <site id>/<connector name>)");
        }
        return replicas;
    }

    private LinkShaper shaper(String linkId) {
        LinkShaper shaper = links.shaper(id(linkId));
        if (shaper == null) {
            throw new IllegalArgumentException("no link " + id(linkId) + " in the running network");
        }
        return shaper;
    }

    private void requireSite(String siteId) {
        if (!sites.exists(siteId)) {
            throw new IllegalArgumentException("no site " + siteId);
        }
    }

    private static String id(String linkId) {
        return linkId.startsWith("link/") ? linkId.substring(5) : linkId;
    }

    private void publish(Duration at, String target, String fault, boolean active, String detail) {
        bus.publish(new SimulationEvent.FaultChanged(at, target, fault, active, detail));
    }
}
