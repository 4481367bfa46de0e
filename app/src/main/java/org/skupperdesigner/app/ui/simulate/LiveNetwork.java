package org.skupperdesigner.app.ui.simulate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.skupperdesigner.simulator.SimulationSnapshot;
import org.skupperdesigner.simulator.event.FlowView;
import org.skupperdesigner.simulator.event.SimulationEvent;

/**
 * What the canvas shows of a running network, folded from event batches and snapshots on the UI thread: per link
 * bytes, throughput, open connections and health; per listener open/unmatched, its address, its connections open now
 * and its last second; per site whether its router runs; recent flows and the timeline. Plain Java, so it is
 * unit-testable without a stage.
 *
 * <p>Routers report a connection when their listener accepts it, before it is routed, so a started flow carries no
 * path; its path arrives with its end. Open connections per link therefore count each active flow on the path its
 * listener's last ended flow took, or, before any has ended, on the path the design analysis expects
 * ({@link #expectPaths}). Open connections per listener need no path at all.
 */
public final class LiveNetwork {

    /** How a link looks. */
    public enum Health { UP, DEGRADED, DOWN }

    /**
     * One link's live state.
     *
     * @param condition its network path while up ("up"); when down, why: "cut" or "silent" (the path), "aws stopped"
     *                  (a router at one end), or "connecting"
     */
    public record LinkLive(String linkId, Health health, String condition, long bytes, double bytesPerSecond,
                           int openConnections) {
    }

    /**
     * One listener's live state.
     *
     * @param open              whether its socket is open (a connector is reachable)
     * @param requestsPerSecond successful requests that ended in the last second
     * @param errors            failed requests since the start
     * @param requests          requests since the start
     * @param openConnections   connections accepted and not ended yet
     * @param traffic           whether a traffic generator sends to it
     * @param keys              for a multi-key listener, where its new connections go now ({@link KeysNow#NONE}
     *                          for a listener of one routing key)
     */
    public record ListenerLive(String listenerId, boolean open, String address, double requestsPerSecond,
                               double p50Millis, double p99Millis, long errors, long requests, int openConnections,
                               boolean traffic, KeysNow keys) {

        ListenerLive withOpen(boolean nowOpen) {
            return new ListenerLive(listenerId, nowOpen, address, requestsPerSecond, p50Millis, p99Millis, errors,
                    requests, openConnections, traffic, keys);
        }
    }

    /**
     * A multi-key listener's keys as its router sees them now (its status: {@code routingKeysReachable}, and the keys
     * new connections go to).
     *
     * @param all       its keys, in priority order
     * @param reachable the keys with a reachable connector, in the same order
     * @param serving   the keys new connections go to: the first reachable by priority, each reachable when weighted
     */
    public record KeysNow(List<String> all, List<String> reachable, List<String> serving) {
        public static final KeysNow NONE = new KeysNow(List.of(), List.of(), List.of());

        public KeysNow {
            all = List.copyOf(all);
            reachable = List.copyOf(reachable);
            serving = List.copyOf(serving);
        }

        static KeysNow of(SimulationSnapshot.ListenerState state) {
            return state.multiKey() ? new KeysNow(state.strategy().keys(), state.keysReachable(), state.keysServing())
                    : NONE;
        }

        public boolean multiKey() {
            return !all.isEmpty();
        }

        /** "to payments-dr (payments unreachable)", "to payments, payments-dr", or "" for one routing key. */
        public String describe() {
            if (!multiKey() || serving.isEmpty()) {
                return "";
            }
            List<String> down = all.stream().filter(k -> !reachable.contains(k)).toList();
            return "to " + String.join(", ", serving)
                    + (down.isEmpty() ? "" : " (" + String.join(", ", down) + " unreachable)");
        }
    }

    static final int FLOW_HISTORY = 300;
    static final int TIMELINE = 200;

    private final Map<String, LinkLive> links = new LinkedHashMap<>();
    private final Map<String, ListenerLive> listeners = new LinkedHashMap<>();
    private final Map<String, Boolean> sitesRunning = new LinkedHashMap<>();
    private final Map<String, Boolean> linkUpByEvent = new HashMap<>();
    private final Map<String, Boolean> listenerOpenByEvent = new HashMap<>();
    private final Map<String, FlowView> active = new HashMap<>();
    private final Map<String, List<String>> lastPath = new HashMap<>();
    private Map<String, List<String>> expectedPath = Map.of();
    private final Deque<FlowView> recentFlows = new ArrayDeque<>();
    private final Deque<String> timeline = new ArrayDeque<>();
    private final List<FlowView> newFlows = new ArrayList<>();
    private final Map<String, Long> lastBytes = new HashMap<>();
    private long lastSampleNanos;
    private long flowsSeen;
    private long timelineRecorded;

    /** Folds one drained batch. Returns the flows that opened or ended in it (for the animation). */
    public List<FlowView> onEvents(List<SimulationEvent> batch) {
        newFlows.clear();
        for (SimulationEvent e : batch) {
            if (e instanceof SimulationEvent.FlowStarted s) {
                active.put(s.flow().flowId(), s.flow());
                newFlows.add(s.flow());
                flowsSeen++;
            } else if (e instanceof SimulationEvent.FlowEnded f) {
                active.remove(f.flow().flowId());
                if (!f.flow().linkPath().isEmpty() || f.flow().connectorId() != null) {
                    lastPath.put(f.flow().listenerId(), f.flow().linkPath());
                }
                recentFlows.addFirst(f.flow());
                while (recentFlows.size() > FLOW_HISTORY) {
                    recentFlows.removeLast();
                }
                newFlows.add(f.flow());
            } else {
                record(e);
                if (e instanceof SimulationEvent.LinkChanged l) {
                    linkUpByEvent.put(l.linkId(), l.state() == SimulationEvent.LinkState.UP);
                } else if (e instanceof SimulationEvent.ListenerChanged l) {
                    listenerOpenByEvent.put(l.listenerId(), l.open());
                    ListenerLive before = listeners.get(l.listenerId());
                    if (before != null) {
                        listeners.put(l.listenerId(), before.withOpen(l.open()));
                    }
                } else if (e instanceof SimulationEvent.SiteChanged s) {
                    sitesRunning.put(s.siteId(), s.running());
                    if (!s.running()) { // a stopped router reports no more ends for the connections it held
                        active.values().removeIf(f -> f.listenerId().startsWith(s.siteId() + "/"));
                    }
                }
            }
        }
        return List.copyOf(newFlows);
    }

    private void record(SimulationEvent e) {
        long ms = e.at().toMillis();
        timeline.addFirst(String.format("%6.1fs  %s", ms / 1000.0, e.describe()));
        timelineRecorded++;
        while (timeline.size() > TIMELINE) {
            timeline.removeLast();
        }
    }

    /** Takes in a snapshot (at most a few per second). */
    public void onSnapshot(SimulationSnapshot snapshot, long nowNanos) {
        double seconds = lastSampleNanos == 0 ? 0 : (nowNanos - lastSampleNanos) / 1e9;
        lastSampleNanos = nowNanos;
        Map<String, Integer> open = openPerLink();
        for (SimulationSnapshot.SiteState s : snapshot.sites()) {
            sitesRunning.put(s.siteId(), s.running());
        }
        for (SimulationSnapshot.LinkState l : snapshot.links()) {
            long bytes = l.bytesForward() + l.bytesBack();
            Long before = lastBytes.put(l.linkId(), bytes);
            LinkLive previous = links.get(l.linkId());
            double rate = before == null || seconds <= 0 ? (previous == null ? 0 : previous.bytesPerSecond())
                    : Math.max(0, bytes - before) / seconds;
            boolean up = l.up() && "up".equals(l.condition());
            Health health = !up ? Health.DOWN : "none".equals(l.shape()) ? Health.UP : Health.DEGRADED;
            links.put(l.linkId(), new LinkLive(l.linkId(), health, up ? l.condition() : whyDown(l), bytes, rate,
                    up ? open.getOrDefault(l.linkId(), 0) : 0));
            linkUpByEvent.put(l.linkId(), l.up());
        }
        Map<String, Integer> openPerListener = openPerListener();
        for (SimulationSnapshot.ListenerState s : snapshot.listeners()) {
            String id = s.address().listenerId();
            listeners.put(id, new ListenerLive(id, s.open(), s.address().host() + ":" + s.address().port(),
                    s.recent().requestsPerSecond(), s.recent().p50Millis(), s.recent().p99Millis(), s.total().errors(),
                    s.total().requests(), openPerListener.getOrDefault(id, 0), s.traffic(), KeysNow.of(s)));
        }
    }

    /**
     * Why a link is down: its network path ("cut", "silent"), or, with the path intact, a stopped router at one end,
     * or else the routers still connecting.
     */
    private String whyDown(SimulationSnapshot.LinkState l) {
        if (!"up".equals(l.condition())) {
            return l.condition();
        }
        for (String site : List.of(l.fromSite(), l.toSite())) {
            if (!sitesRunning.getOrDefault(site, true)) {
                return site + " stopped";
            }
        }
        return "connecting";
    }

    /**
     * Open connections per link: each active flow counted on its own path, else its listener's last known one, else
     * the one the design analysis expects.
     */
    private Map<String, Integer> openPerLink() {
        Map<String, Integer> open = new HashMap<>();
        for (FlowView f : active.values()) {
            List<String> path = !f.linkPath().isEmpty() ? f.linkPath() : pathOf(f.listenerId());
            path.forEach(id -> open.merge(id, 1, Integer::sum));
        }
        return open;
    }

    private Map<String, Integer> openPerListener() {
        Map<String, Integer> open = new HashMap<>();
        active.values().forEach(f -> open.merge(f.listenerId(), 1, Integer::sum));
        return open;
    }

    /**
     * The paths (links, in order from the listener) the design analysis expects each listener's connections to take,
     * used until a connection of that listener has ended and shown the real one.
     */
    public void expectPaths(Map<String, List<String>> pathsByListener) {
        expectedPath = Map.copyOf(pathsByListener);
    }

    /** The path a listener's connections take now (links, in order from the listener), possibly empty. */
    public List<String> pathOf(String listenerId) {
        List<String> seen = lastPath.get(listenerId);
        return seen != null ? seen : expectedPath.getOrDefault(listenerId, List.of());
    }

    /** Connections accepted by a listener and not ended yet. */
    public int openConnections(String listenerId) {
        return (int) active.values().stream().filter(f -> f.listenerId().equals(listenerId)).count();
    }

    public LinkLive link(String linkId) {
        return links.get(linkId);
    }

    public Map<String, LinkLive> links() {
        return links;
    }

    public ListenerLive listener(String listenerId) {
        return listeners.get(listenerId);
    }

    public Map<String, ListenerLive> listeners() {
        return listeners;
    }

    public boolean siteRunning(String siteId) {
        return sitesRunning.getOrDefault(siteId, true);
    }

    public List<FlowView> recentFlows() {
        return List.copyOf(recentFlows);
    }

    public List<String> timeline() {
        return List.copyOf(timeline);
    }

    /** How many timeline lines were ever recorded (a view that showed {@code n} of them asks for the rest). */
    public long timelineRecorded() {
        return timelineRecorded;
    }

    /**
     * The timeline lines recorded after the first {@code shown} ones, newest first (at most the timeline's length):
     * what a view that already shows {@code shown} lines puts on top.
     */
    public List<String> timelineSince(long shown) {
        long fresh = Math.min(timelineRecorded - shown, timeline.size());
        List<String> lines = new ArrayList<>((int) Math.max(0, fresh));
        for (var it = timeline.iterator(); lines.size() < fresh && it.hasNext(); ) {
            lines.add(it.next());
        }
        return lines;
    }

    public long flowsSeen() {
        return flowsSeen;
    }

    public int activeFlows() {
        return active.size();
    }
}
