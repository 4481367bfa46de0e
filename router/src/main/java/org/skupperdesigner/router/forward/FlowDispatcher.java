package org.skupperdesigner.router.forward;

import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.link.LinkSession;
import org.skupperdesigner.router.link.LinkStream;
import org.skupperdesigner.router.link.PipelineNames;
import org.skupperdesigner.router.observe.EventHub;
import org.skupperdesigner.router.observe.FlowLog;
import org.skupperdesigner.router.observe.FlowOutcome;
import org.skupperdesigner.router.observe.FlowRecord;
import org.skupperdesigner.router.observe.RouterEvent;
import org.skupperdesigner.router.observe.TrafficCounters;
import org.skupperdesigner.router.routing.RemoteDestination;
import org.skupperdesigner.router.stream.Flow;
import org.skupperdesigner.router.stream.FlowListener;
import org.skupperdesigner.router.stream.SocketEndpoint;
import org.skupperdesigner.router.wire.Messages;
import org.skupperdesigner.router.wire.ResetReason;

/**
 * Decides where each new connection goes and wires its flow: at the ingress for clients of a listener,
 * and at every later router for streams arriving on links (each router repeats the balancing choice).
 * Event-loop only.
 */
public final class FlowDispatcher implements FlowListener {
    private final String routerId;
    private final RouterMode mode;
    private final ForwardingView view;
    private final EventHub events;
    private final TrafficCounters routerCounters;
    private final FlowLog flowLog;
    private final ChannelGroup channels;
    private final Map<String, List<ConnectorService>> connectorsByKey = new HashMap<>();
    private final Map<String, Integer> rotations = new HashMap<>();
    /** Draws weighted multi-key listeners' keys; used on the event loop only. */
    private final java.util.random.RandomGenerator random = new java.util.SplittableRandom();
    /** In-flight counts per routing key, then per next hop (or edge router): no key strings built per flow. */
    private final Map<String, Map<String, InFlightSlot>> remoteSlots = new HashMap<>();
    private final Map<String, Map<String, InFlightSlot>> edgeSlots = new HashMap<>();
    private final Set<Flow> ingressFlows = new LinkedHashSet<>();
    private long flowSequence;

    public FlowDispatcher(String routerId, RouterMode mode, ForwardingView view, EventHub events,
                          TrafficCounters routerCounters, FlowLog flowLog, ChannelGroup channels) {
        this.routerId = routerId;
        this.mode = mode;
        this.view = view;
        this.events = events;
        this.routerCounters = routerCounters;
        this.flowLog = flowLog;
        this.channels = channels;
    }

    public void addConnector(ConnectorService connector) {
        connectorsByKey.computeIfAbsent(connector.config().routingKey(), k -> new ArrayList<>()).add(connector);
    }

    public void removeConnector(ConnectorService connector) {
        List<ConnectorService> list = connectorsByKey.get(connector.config().routingKey());
        if (list != null) {
            list.remove(connector);
            if (list.isEmpty()) {
                connectorsByKey.remove(connector.config().routingKey());
            }
        }
    }

    /** Number of local connectors per routing key, for link-state adverts. */
    public Map<String, Integer> connectorCounts() {
        Map<String, Integer> counts = new HashMap<>();
        connectorsByKey.forEach((key, list) -> counts.put(key, list.size()));
        return counts;
    }

    /** A client connected to one of our listeners. */
    public void clientAccepted(ListenerService listener, Channel client) {
        // a multi-key listener picks the key now; none reachable (in the instant since it accepted) keeps its first,
        // which then finds no route and is reset like any unroutable connection
        String key = listener.config().strategy().choose(view::isReachable, random)
                .orElse(listener.config().routingKey());
        Flow flow = new Flow(routerId + ":" + (++flowSequence), key, this);
        FlowBookkeeping book = new FlowBookkeeping(FlowRole.INGRESS, listener, Instant.now());
        flow.attachment(book);
        SocketEndpoint endpoint = new SocketEndpoint(flow, listener.counters());
        client.pipeline().addLast(PipelineNames.SOCKET_ENDPOINT, endpoint);
        flow.attachUpstream(endpoint);
        channels.add(client);
        listener.counters().opened();
        routerCounters.opened();
        ingressFlows.add(flow);
        if (events.hasSubscribers()) {
            events.publish(new RouterEvent.FlowOpened(routerId, book.opened, record(flow, FlowOutcome.ACTIVE)));
        }
        route(flow, List.of());
    }

    /** A neighbour passed us a new connection. */
    public void streamOpenReceived(LinkSession session, LinkStream stream, Messages.StreamOpen open) {
        Flow flow = new Flow(open.flowId(), open.routingKey(), this);
        flow.attachment(new FlowBookkeeping(FlowRole.RELAYED, null, null));
        flow.attachUpstream(stream);
        stream.attach(flow);
        if (open.visited().contains(routerId)) {
            flow.failDownstream(ResetReason.NO_ROUTE); // a loop: never forward twice through one router
            return;
        }
        route(flow, open.visited());
    }

    private void route(Flow flow, List<String> visitedBefore) {
        List<String> visited = new ArrayList<>(visitedBefore.size() + 1);
        visited.addAll(visitedBefore);
        visited.add(routerId);
        String key = flow.routingKey();
        view.refreshRoutes();
        List<BalanceCandidate> locals = new ArrayList<>(connectorsByKey.getOrDefault(key, List.of()));
        List<RemoteTarget> remotes = new ArrayList<>();
        if (mode == RouterMode.INTERIOR) {
            for (LinkSession edge : view.edgesServing(key)) {
                if (!visited.contains(edge.peerId())) {
                    locals.add(new RemoteTarget(edge, edge.peerId(), 0, slot(edgeSlots, key, edge.peerId())));
                }
            }
            for (RemoteDestination destination : view.remoteDestinations(key)) {
                if (visited.contains(destination.routerId()) || visited.contains(destination.nextHop())) {
                    continue;
                }
                LinkSession session = view.sessionTo(destination.nextHop());
                if (session != null) {
                    remotes.add(new RemoteTarget(session, destination.routerId(), destination.cost(),
                            slot(remoteSlots, key, destination.nextHop())));
                }
            }
        } else if (visitedBefore.isEmpty()) {
            // edge routers are never transit: only their own clients go up the uplink
            LinkSession uplink = view.uplinkServing(key);
            if (uplink != null) {
                remotes.add(new RemoteTarget(uplink, uplink.peerId(), 0, slot(remoteSlots, key, uplink.peerId())));
            }
        }
        int choice = ServiceBalancer.choose(locals, rotations.getOrDefault(key, 0), remotes);
        if (choice == ServiceBalancer.NONE) {
            flow.failDownstream(ResetReason.NO_ROUTE);
            return;
        }
        BalanceCandidate chosen;
        if (ServiceBalancer.isLocal(choice)) {
            chosen = locals.get(choice);
            if (chosen.inFlight() == 0) {
                rotations.put(key, choice + 1); // idle locals take turns
            }
        } else {
            chosen = remotes.get(ServiceBalancer.remoteIndex(choice));
        }
        if (chosen instanceof ConnectorService connector) {
            connectLocally(flow, connector, visited);
        } else {
            forward(flow, (RemoteTarget) chosen, visited);
        }
    }

    private void connectLocally(Flow flow, ConnectorService connector, List<String> path) {
        FlowBookkeeping book = flow.attachment();
        book.slot = new InFlightSlot(connector);
        book.slot.acquire();
        book.connector = connector;
        connector.connect(flow, endpoint -> {
            book.connectorOpened = true;
            flow.attachDownstream(endpoint);
            ready(flow, new Messages.StreamOpened(routerId, connector.config().name(), path));
        }, refused -> flow.failDownstream(ResetReason.TARGET_REFUSED));
    }

    private void forward(Flow flow, RemoteTarget target, List<String> visited) {
        FlowBookkeeping book = flow.attachment();
        book.slot = target.slot();
        book.slot.acquire();
        LinkStream stream = target.session().openStream(flow,
                new Messages.StreamOpen(flow.flowId(), flow.routingKey(), visited),
                (opened, confirmation) -> ready(flow, confirmation));
        flow.attachDownstream(stream);
    }

    /** The far end is connected: confirm upstream and let bytes flow both ways. */
    private void ready(Flow flow, Messages.StreamOpened opened) {
        if (flow.failure() != null) {
            return;
        }
        FlowBookkeeping book = flow.attachment();
        if (book.role == FlowRole.INGRESS) {
            book.path = opened.path();
            book.connectorRouter = opened.connectorRouter();
            book.connectorName = opened.connectorName();
        } else {
            ((LinkStream) flow.upstream()).sendOpened(opened);
        }
        flow.markConnected();
        flow.upstream().resumeInput();
        flow.downstream().resumeInput();
    }

    @Override
    public void flowFinished(Flow flow) {
        FlowBookkeeping book = flow.attachment();
        if (book.slot != null) {
            book.slot.release();
        }
        boolean failed = flow.failure() != null;
        if (book.connector != null && book.connectorOpened) {
            book.connector.counters().closed(failed);
        }
        if (book.role == FlowRole.INGRESS) {
            ingressFlows.remove(flow);
            book.listenerCounters().closed(failed);
            routerCounters.closed(failed);
            routerCounters.bytesIn(flow.bytesClientToServer());
            routerCounters.bytesOut(flow.bytesServerToClient());
            FlowRecord record = record(flow, outcome(flow.failure()));
            flowLog.finished(record);
            if (events.hasSubscribers()) {
                events.publish(new RouterEvent.FlowClosed(routerId, record.closed(), record));
            }
        }
    }

    /** Active ingress flows (live byte counts) followed by recently finished ones. */
    public List<FlowRecord> flowRecords() {
        List<FlowRecord> records = new ArrayList<>(flowLog.snapshot());
        for (Flow flow : ingressFlows) {
            records.add(record(flow, FlowOutcome.ACTIVE));
        }
        return records;
    }

    private FlowRecord record(Flow flow, FlowOutcome outcome) {
        FlowBookkeeping book = flow.attachment();
        return new FlowRecord(flow.flowId(), routerId, book.listener.config().name(), flow.routingKey(), book.path,
                book.connectorRouter, book.connectorName, flow.bytesClientToServer(), flow.bytesServerToClient(),
                book.opened, outcome == FlowOutcome.ACTIVE ? null : Instant.now(), outcome);
    }

    private static FlowOutcome outcome(ResetReason failure) {
        if (failure == null) {
            return FlowOutcome.COMPLETED;
        }
        return switch (failure) {
            case ABORTED -> FlowOutcome.ABORTED;
            case TARGET_REFUSED -> FlowOutcome.TARGET_REFUSED;
            case NO_ROUTE -> FlowOutcome.NO_ROUTE;
            case LINK_LOST -> FlowOutcome.LINK_LOST;
            case PROTOCOL_ERROR -> FlowOutcome.PROTOCOL_ERROR;
            case SHUTDOWN -> FlowOutcome.SHUTDOWN;
        };
    }

    private static InFlightSlot slot(Map<String, Map<String, InFlightSlot>> slots, String key, String via) {
        return slots.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(via, v -> new InFlightSlot(null));
    }
}
