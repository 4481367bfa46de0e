package org.skupperdesigner.router.core;

import io.netty.channel.EventLoop;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.ChannelGroupFuture;
import io.netty.channel.group.DefaultChannelGroup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.skupperdesigner.router.ChannelTypes;
import org.skupperdesigner.router.RouterOptions;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.OutgoingLinkConfig;
import org.skupperdesigner.router.config.RouterConfig;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.config.TcpConnectorConfig;
import org.skupperdesigner.router.config.TcpListenerConfig;
import org.skupperdesigner.router.forward.ConnectorService;
import org.skupperdesigner.router.forward.FlowDispatcher;
import org.skupperdesigner.router.forward.ListenerService;
import org.skupperdesigner.router.link.LinkAcceptorServer;
import org.skupperdesigner.router.link.LinkContext;
import org.skupperdesigner.router.link.LinkSession;
import org.skupperdesigner.router.link.LinkSessionHandler;
import org.skupperdesigner.router.link.LinkStream;
import org.skupperdesigner.router.link.OutgoingLinkDialer;
import org.skupperdesigner.router.observe.CounterSnapshot;
import org.skupperdesigner.router.observe.EventHub;
import org.skupperdesigner.router.observe.FlowLog;
import org.skupperdesigner.router.observe.FlowRecord;
import org.skupperdesigner.router.observe.LinkStatus;
import org.skupperdesigner.router.observe.RouterCounters;
import org.skupperdesigner.router.observe.RouterEvent;
import org.skupperdesigner.router.observe.StreamStatus;
import org.skupperdesigner.router.observe.TrafficCounters;
import org.skupperdesigner.router.routing.LinkStateAdvert;
import org.skupperdesigner.router.tls.LinkTls;
import org.skupperdesigner.router.wire.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One router's state and wiring: acceptors, dialers, listeners, connectors, the network view and the
 * flow dispatcher. Everything here runs on the router's single event loop, so nothing is locked.
 */
public final class RouterCore implements LinkSessionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RouterCore.class);

    private final String routerId;
    private final RouterMode mode;
    private final EventLoop loop;
    private final ChannelTypes types;
    private final EventHub events;
    private final ChannelGroup channels;
    private final LinkContext linkContext;
    private final NetworkView network;
    private final FlowDispatcher dispatcher;
    private final TrafficCounters routerCounters = new TrafficCounters();
    private final Map<String, LinkAcceptorServer> acceptors = new LinkedHashMap<>();
    private final Map<String, OutgoingLinkDialer> dialers = new LinkedHashMap<>();
    private final Map<String, ListenerService> listeners = new LinkedHashMap<>();
    private final Map<String, ConnectorService> connectors = new LinkedHashMap<>();
    private final Map<String, TrafficCounters> linkCounters = new HashMap<>();
    private boolean closed;

    public RouterCore(RouterConfig config, RouterOptions options, EventLoop loop, ChannelTypes types, LinkTls tls,
                      EventHub events) {
        this.routerId = config.routerId();
        this.mode = config.mode();
        this.loop = loop;
        this.types = types;
        this.events = events;
        this.channels = new DefaultChannelGroup("router-" + routerId, loop);
        this.linkContext = new LinkContext(routerId, mode, loop, options, types, tls, this, channels);
        this.network = new NetworkView(routerId, mode, events,
                (task, delayMicros) -> loop.schedule(task, delayMicros, TimeUnit.MICROSECONDS),
                this::reachabilityChanged);
        this.dispatcher = new FlowDispatcher(routerId, mode, network, events, routerCounters,
                new FlowLog(options.flowHistoryLimit()), channels);
    }

    public LinkContext linkContext() {
        return linkContext;
    }

    // ---- configuration (event loop) ----

    public void acceptorBound(LinkAcceptorServer server) {
        acceptors.put(server.config().name(), server);
    }

    public boolean removeAcceptor(String name) {
        LinkAcceptorServer server = acceptors.remove(name);
        if (server != null) {
            server.close();
        }
        return server != null;
    }

    public void addOutgoingLink(OutgoingLinkConfig link) {
        requireAbsent(dialers, link.name(), "outgoing link");
        if (mode == RouterMode.EDGE && link.role() != LinkRole.EDGE) {
            throw new IllegalArgumentException("edge router " + routerId + " can only dial edge links");
        }
        OutgoingLinkDialer dialer = new OutgoingLinkDialer(link, linkContext);
        dialers.put(link.name(), dialer);
        dialer.start();
    }

    public boolean removeOutgoingLink(String name) {
        OutgoingLinkDialer dialer = dialers.remove(name);
        if (dialer != null) {
            dialer.close();
        }
        return dialer != null;
    }

    public boolean freezeOutgoingLink(String name) {
        OutgoingLinkDialer dialer = dialers.get(name);
        if (dialer != null) {
            dialer.freeze();
        }
        return dialer != null;
    }

    public void addListener(TcpListenerConfig config) {
        requireAbsent(listeners, config.name(), "listener");
        ListenerService listener = new ListenerService(config, loop, types.server(), dispatcher::clientAccepted,
                this::listenerStateChanged);
        listeners.put(config.name(), listener);
        listener.setAvailable(config.strategy().anyReachable(network::isReachable));
    }

    public boolean removeListener(String name) {
        ListenerService listener = listeners.remove(name);
        if (listener != null) {
            listener.close();
        }
        return listener != null;
    }

    public void addConnector(TcpConnectorConfig config) {
        requireAbsent(connectors, config.name(), "connector");
        ConnectorService connector = new ConnectorService(config, loop, types.socket(), channels);
        connectors.put(config.name(), connector);
        dispatcher.addConnector(connector);
        network.localConnectorsChanged(dispatcher.connectorCounts());
    }

    public boolean removeConnector(String name) {
        ConnectorService connector = connectors.remove(name);
        if (connector != null) {
            dispatcher.removeConnector(connector);
            network.localConnectorsChanged(dispatcher.connectorCounts());
        }
        return connector != null;
    }

    private static void requireAbsent(Map<String, ?> map, String name, String what) {
        if (map.containsKey(name)) {
            throw new IllegalArgumentException(what + " " + name + " already exists");
        }
    }

    private void reachabilityChanged(Set<String> reachableKeys) {
        for (ListenerService listener : listeners.values()) {
            listener.setAvailable(!closed && listener.config().strategy().anyReachable(reachableKeys::contains));
        }
    }

    private void listenerStateChanged(ListenerService listener, boolean open) {
        events.publish(new RouterEvent.ListenerStateChanged(routerId, Instant.now(), listener.config().name(), open,
                listener.port()));
    }

    // ---- queries (event loop) ----

    public int listenerPort(String name) {
        ListenerService listener = listeners.get(name);
        return listener == null ? -1 : listener.port();
    }

    public boolean isListenerOpen(String name) {
        ListenerService listener = listeners.get(name);
        return listener != null && listener.isOpen();
    }

    public int acceptorPort(String name) {
        LinkAcceptorServer server = acceptors.get(name);
        return server == null ? -1 : server.port();
    }

    public Set<String> reachableKeys() {
        return network.reachableKeys();
    }

    public Map<String, Integer> routeCosts() {
        return network.table().costs();
    }

    public List<FlowRecord> flowRecords() {
        return dispatcher.flowRecords();
    }

    public RouterCounters counters() {
        Map<String, CounterSnapshot> listenerCounts = new HashMap<>();
        listeners.forEach((name, listener) -> listenerCounts.put(name, listener.counters().snapshot()));
        Map<String, CounterSnapshot> connectorCounts = new HashMap<>();
        connectors.forEach((name, connector) -> connectorCounts.put(name, connector.counters().snapshot()));
        Map<String, CounterSnapshot> links = new HashMap<>();
        linkCounters.forEach((name, counters) -> links.put(name, counters.snapshot()));
        return new RouterCounters(routerCounters.snapshot(), listenerCounts, connectorCounts, links);
    }

    public List<StreamStatus> streams() {
        List<StreamStatus> result = new ArrayList<>();
        for (LinkSession session : network.sessions()) {
            session.collectStreams(result);
        }
        return result;
    }

    /** Channels this router holds open: link acceptors and links, listener sockets, client and target sockets. */
    public int openChannelCount() {
        int open = 0;
        for (io.netty.channel.Channel channel : channels) {
            if (channel.isOpen()) {
                open++;
            }
        }
        for (ListenerService listener : listeners.values()) {
            open += listener.isOpen() ? 1 : 0;
        }
        return open;
    }

    public List<LinkStatus> links() {
        List<LinkStatus> result = new ArrayList<>();
        LinkSession uplink = network.activeUplink();
        for (LinkSession session : network.sessions()) {
            result.add(new LinkStatus(session.linkName(), session.peerId(), session.settings().role().name(),
                    session.cost(), session.settings().dialer(), session.streamCount(), session == uplink));
        }
        return result;
    }

    // ---- LinkSessionHandler ----

    @Override
    public String admit(LinkSession session, Messages.Open peer) {
        if (closed) {
            return "router shutting down";
        }
        if (peer.routerId().equals(routerId)) {
            return "peer has this router's id " + routerId;
        }
        LinkRole role = session.settings().role();
        if (peer.role() != role) {
            return "role mismatch: " + role + " here, " + peer.role() + " at " + peer.routerId();
        }
        RouterMode expectedPeer = role == LinkRole.INTER_ROUTER || session.settings().dialer()
                ? RouterMode.INTERIOR : RouterMode.EDGE;
        if (peer.mode() != expectedPeer) {
            return role + " link needs an " + expectedPeer + " peer, " + peer.routerId() + " is " + peer.mode();
        }
        return null;
    }

    @Override
    public TrafficCounters linkCounters(String linkName) {
        return linkCounters.computeIfAbsent(linkName, name -> new TrafficCounters());
    }

    @Override
    public void linkUp(LinkSession session) {
        LOG.debug("{}: link {} up to {}", routerId, session.linkName(), session.peerId());
        network.sessionUp(session);
        events.publish(new RouterEvent.LinkUp(routerId, Instant.now(), session.linkName(), session.peerId(),
                session.settings().role().name(), session.cost()));
    }

    @Override
    public void linkDown(LinkSession session, String reason) {
        LOG.debug("{}: link {} to {} down: {}", routerId, session.linkName(), session.peerId(), reason);
        network.sessionDown(session);
        events.publish(new RouterEvent.LinkDown(routerId, Instant.now(), session.linkName(), session.peerId(), reason));
    }

    @Override
    public void linkRefused(LinkSession session, String reason) {
        if (closed) {
            return;
        }
        LOG.debug("{}: link {} from {} refused: {}", routerId, session.linkName(), session.remoteAddress(), reason);
        events.publish(new RouterEvent.LinkRefused(routerId, Instant.now(), session.linkName(),
                session.remoteAddress(), reason));
    }

    @Override
    public void linkStateReceived(LinkSession session, LinkStateAdvert advert) {
        network.advertReceived(session, advert);
    }

    @Override
    public void edgeUplinkReceived(LinkSession session, Messages.EdgeUplink uplink) {
        network.edgeUplinkReceived(session, uplink);
    }

    @Override
    public void edgeReachableReceived(LinkSession session, Set<String> keys) {
        network.edgeReachableReceived(session, keys);
    }

    @Override
    public void streamOpenReceived(LinkSession session, LinkStream stream, Messages.StreamOpen open) {
        dispatcher.streamOpenReceived(session, stream, open);
    }

    // ---- shutdown ----

    /** Stops everything; the returned future completes when every channel of this router is closed. */
    public ChannelGroupFuture close() {
        closed = true;
        network.close();
        dialers.values().forEach(OutgoingLinkDialer::close);
        listeners.values().forEach(ListenerService::close);
        acceptors.values().forEach(LinkAcceptorServer::close);
        dialers.clear();
        acceptors.clear();
        return channels.close();
    }
}
