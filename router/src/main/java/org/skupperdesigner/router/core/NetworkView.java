package org.skupperdesigner.router.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.forward.ForwardingView;
import org.skupperdesigner.router.link.LinkSession;
import org.skupperdesigner.router.observe.EventHub;
import org.skupperdesigner.router.observe.RouterEvent;
import org.skupperdesigner.router.routing.LinkStateAdvert;
import org.skupperdesigner.router.routing.LinkStateDatabase;
import org.skupperdesigner.router.routing.RemoteDestination;
import org.skupperdesigner.router.routing.RoutingTable;
import org.skupperdesigner.router.wire.Messages;

/**
 * This router's knowledge of the network: link-state database and routes (interior), edge attachments
 * (interior) or the active uplink (edge), and which routing keys are reachable. Recomputed shortly after
 * any change (see {@link #scheduleRecompute}). Event-loop only.
 */
final class NetworkView implements ForwardingView {
    private static final long QUIET_NANOS = 100_000_000L;
    private static final long QUICK_DELAY_MICROS = 2_000;
    private static final long BATCH_DELAY_MICROS = 25_000;

    private final String self;
    private final RouterMode mode;
    private final EventHub events;
    private final BiConsumer<Runnable, Long> scheduler;
    private final Consumer<Set<String>> reachabilityListener;
    private final LinkStateDatabase database = new LinkStateDatabase();
    private final List<LinkSession> sessions = new ArrayList<>();
    private final Map<LinkSession, Map<String, Integer>> activeEdges = new LinkedHashMap<>();
    private final Map<LinkSession, Set<String>> sentReachable = new HashMap<>();
    private final Map<LinkSession, Set<String>> uplinkReachable = new HashMap<>();
    private final Map<LinkSession, Messages.EdgeUplink> sentUplink = new HashMap<>();
    private Map<String, Integer> localConnectors = Map.of();
    private long sequence = System.currentTimeMillis() * 1000; // grows across restarts of a router
    private LinkStateAdvert ownAdvert;
    private RoutingTable table = RoutingTable.EMPTY;
    private LinkSession activeUplink;
    private Set<String> reachableKeys = Set.of();
    private boolean recomputeScheduled;
    private long lastRecomputeNanos = System.nanoTime() - QUIET_NANOS;
    private boolean closed;

    /** @param scheduler runs a task on the router's loop after a delay in microseconds */
    NetworkView(String self, RouterMode mode, EventHub events, BiConsumer<Runnable, Long> scheduler,
                Consumer<Set<String>> reachabilityListener) {
        this.self = self;
        this.mode = mode;
        this.events = events;
        this.scheduler = scheduler;
        this.reachabilityListener = reachabilityListener;
    }

    void sessionUp(LinkSession session) {
        sessions.add(session);
        if (mode == RouterMode.INTERIOR && session.peerMode() == RouterMode.INTERIOR) {
            for (LinkStateAdvert advert : database.all()) {
                session.sendControl(Messages.linkState(session.allocator(), advert));
            }
        }
        scheduleRecompute();
    }

    void sessionDown(LinkSession session) {
        sessions.remove(session);
        activeEdges.remove(session);
        sentReachable.remove(session);
        uplinkReachable.remove(session);
        sentUplink.remove(session);
        if (activeUplink == session) {
            activeUplink = null;
        }
        scheduleRecompute();
    }

    void advertReceived(LinkSession from, LinkStateAdvert advert) {
        if (mode != RouterMode.INTERIOR || advert.origin().equals(self) || !database.offer(advert)) {
            return;
        }
        flood(advert, from);
        scheduleRecompute();
    }

    void edgeUplinkReceived(LinkSession edge, Messages.EdgeUplink uplink) {
        if (mode != RouterMode.INTERIOR || !sessions.contains(edge)) {
            return;
        }
        if (uplink.active()) {
            activeEdges.put(edge, Map.copyOf(uplink.connectorCounts()));
        } else {
            activeEdges.remove(edge);
        }
        scheduleRecompute();
    }

    void edgeReachableReceived(LinkSession uplink, Set<String> keys) {
        if (mode == RouterMode.EDGE && sessions.contains(uplink)) {
            uplinkReachable.put(uplink, keys);
            scheduleRecompute();
        }
    }

    void localConnectorsChanged(Map<String, Integer> counts) {
        localConnectors = Map.copyOf(counts);
        scheduleRecompute();
    }

    void close() {
        closed = true;
    }

    /**
     * After a quiet period a change is acted on almost at once (fast failover); during a storm of adverts
     * (network start-up) changes are batched so each router runs Dijkstra a few times, not per advert.
     */
    private void scheduleRecompute() {
        if (!recomputeScheduled && !closed) {
            recomputeScheduled = true;
            boolean quiet = System.nanoTime() - lastRecomputeNanos > QUIET_NANOS;
            scheduler.accept(this::recomputeIfPending, quiet ? QUICK_DELAY_MICROS : BATCH_DELAY_MICROS);
        }
    }


    @Override
    public void refreshRoutes() {
        recomputeIfPending();
    }

    private void recomputeIfPending() {
        if (recomputeScheduled) {
            recompute(); // a refresh may have run it already: the scheduled task is then a no-op
        }
    }

    private void recompute() {
        recomputeScheduled = false;
        lastRecomputeNanos = System.nanoTime();
        if (closed) {
            return;
        }
        Set<String> keys = new TreeSet<>(positive(localConnectors));
        RoutingTable newTable = table;
        if (mode == RouterMode.INTERIOR) {
            advertiseSelf();
            newTable = RoutingTable.compute(self, database.view());
            activeEdges.values().forEach(counts -> keys.addAll(positive(counts)));
            keys.addAll(newTable.remoteKeys());
            tellEdges(newTable);
        } else {
            chooseUplink();
            if (activeUplink != null) {
                keys.addAll(uplinkReachable.getOrDefault(activeUplink, Set.of()));
            }
        }
        boolean routesChanged = !newTable.costs().equals(table.costs());
        boolean keysChanged = !keys.equals(reachableKeys);
        table = newTable;
        if (keysChanged) {
            reachableKeys = Set.copyOf(keys);
            reachabilityListener.accept(reachableKeys);
        }
        if (routesChanged || keysChanged) {
            events.publish(new RouterEvent.RouteChanged(self, Instant.now(), table.costs(), new TreeSet<>(keys)));
        }
    }

    private void advertiseSelf() {
        Map<String, Integer> neighbours = new HashMap<>();
        for (LinkSession session : sessions) {
            if (session.peerMode() == RouterMode.INTERIOR) {
                neighbours.merge(session.peerId(), session.cost(), Math::min);
            }
        }
        Map<String, Integer> served = new HashMap<>(localConnectors);
        activeEdges.values().forEach(counts -> counts.forEach((key, n) -> served.merge(key, n, Integer::sum)));
        if (ownAdvert != null && ownAdvert.neighbourCosts().equals(neighbours)
                && ownAdvert.connectorCounts().equals(served)) {
            return;
        }
        ownAdvert = new LinkStateAdvert(self, ++sequence, neighbours, served);
        database.offer(ownAdvert);
        flood(ownAdvert, null);
    }

    private void flood(LinkStateAdvert advert, LinkSession except) {
        byte[] payload = null;
        for (LinkSession session : sessions) {
            if (session != except && session.peerMode() == RouterMode.INTERIOR) {
                if (payload == null) {
                    payload = Messages.linkStatePayload(advert);
                }
                session.sendControl(Messages.linkState(payload));
            }
        }
    }

    /** Each edge learns the keys it can reach through us, excluding what only it serves. */
    private void tellEdges(RoutingTable newTable) {
        for (LinkSession edge : sessions) {
            if (edge.peerMode() != RouterMode.EDGE) {
                continue;
            }
            Set<String> keys = new HashSet<>(positive(localConnectors));
            keys.addAll(newTable.remoteKeys());
            activeEdges.forEach((other, counts) -> {
                if (other != edge) {
                    keys.addAll(positive(counts));
                }
            });
            if (!keys.equals(sentReachable.get(edge))) {
                sentReachable.put(edge, keys);
                edge.sendControl(Messages.edgeReachable(edge.allocator(), keys));
            }
        }
    }

    /** An edge uses one uplink at a time: keep the current one while it is up, else the oldest up. */
    private void chooseUplink() {
        if (activeUplink == null && !sessions.isEmpty()) {
            activeUplink = sessions.get(0);
        }
        for (LinkSession uplink : sessions) {
            Messages.EdgeUplink message = uplink == activeUplink
                    ? new Messages.EdgeUplink(true, localConnectors)
                    : new Messages.EdgeUplink(false, Map.of());
            if (!message.equals(sentUplink.get(uplink))) {
                sentUplink.put(uplink, message);
                uplink.sendControl(Messages.edgeUplink(uplink.allocator(), message));
            }
        }
    }

    private static Set<String> positive(Map<String, Integer> counts) {
        Set<String> keys = new HashSet<>();
        counts.forEach((key, n) -> {
            if (n > 0) {
                keys.add(key);
            }
        });
        return keys;
    }

    @Override
    public boolean isReachable(String routingKey) {
        return reachableKeys.contains(routingKey);
    }

    Set<String> reachableKeys() {
        return reachableKeys;
    }

    RoutingTable table() {
        return table;
    }

    LinkSession activeUplink() {
        return activeUplink;
    }

    List<LinkSession> sessions() {
        return List.copyOf(sessions);
    }

    // ---- ForwardingView ----

    @Override
    public List<RemoteDestination> remoteDestinations(String routingKey) {
        return table.destinations(routingKey);
    }

    @Override
    public LinkSession sessionTo(String neighbourId) {
        LinkSession best = null;
        for (LinkSession session : sessions) {
            if (session.peerId().equals(neighbourId) && session.peerMode() == RouterMode.INTERIOR
                    && (best == null || session.cost() < best.cost())) {
                best = session;
            }
        }
        return best;
    }

    @Override
    public List<LinkSession> edgesServing(String routingKey) {
        List<LinkSession> edges = new ArrayList<>(2);
        activeEdges.forEach((edge, counts) -> {
            if (counts.getOrDefault(routingKey, 0) > 0) {
                edges.add(edge);
            }
        });
        return edges;
    }

    @Override
    public LinkSession uplinkServing(String routingKey) {
        if (activeUplink != null && uplinkReachable.getOrDefault(activeUplink, Set.of()).contains(routingKey)) {
            return activeUplink;
        }
        return null;
    }
}
