package org.skupperdesigner.router;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoEventLoopGroup;
import io.netty.channel.local.LocalIoHandle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.skupperdesigner.router.config.LinkAcceptorConfig;
import org.skupperdesigner.router.config.OutgoingLinkConfig;
import org.skupperdesigner.router.config.RouterConfig;
import org.skupperdesigner.router.config.TcpConnectorConfig;
import org.skupperdesigner.router.config.TcpListenerConfig;
import org.skupperdesigner.router.core.RouterCore;
import org.skupperdesigner.router.link.LinkAcceptorServer;
import org.skupperdesigner.router.observe.EventHub;
import org.skupperdesigner.router.observe.FlowRecord;
import org.skupperdesigner.router.observe.LinkStatus;
import org.skupperdesigner.router.observe.RouterCounters;
import org.skupperdesigner.router.observe.RouterEventListener;
import org.skupperdesigner.router.observe.StreamStatus;
import org.skupperdesigner.router.tls.LinkTls;

/**
 * One running router. Start it from a {@link RouterConfig}, change listeners, connectors and links while it
 * runs, read counters and flow records, subscribe to events, and close it. Thread-safe: every call hops
 * onto the router's event loop and waits (calls must not be made from an event loop thread of the group).
 */
public final class RouterRuntime implements AutoCloseable {
    private static final long CALL_TIMEOUT_SECONDS = 30;

    private final RouterConfig config;
    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final EventLoop loop;
    private final EventHub events;
    private final RouterCore core;
    private final LinkTls tls;
    private boolean closed;

    private RouterRuntime(RouterConfig config, RouterOptions options) throws SSLException {
        this.config = config;
        if (options.transport() == Transport.TCP && config.tls() == null && !options.plainTcpLinks()) {
            throw new IllegalArgumentException("router " + config.routerId() + ": TCP links need TLS material");
        }
        this.ownsGroup = options.eventLoopGroup() == null;
        this.group = ownsGroup ? RouterEventLoops.newGroup(1) : options.eventLoopGroup();
        // pick the loop first and ask it (not the group) what it serves: a group's isCompatible() calls
        // next() and would move every router of a shared two-thread group onto the same thread
        this.loop = group.next();
        if (options.transport() == Transport.LOCAL
                && !(loop instanceof IoEventLoopGroup io && io.isCompatible(LocalIoHandle.class))) {
            if (ownsGroup) {
                group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            }
            throw new IllegalArgumentException("LOCAL transport needs a group from RouterEventLoops.newGroup");
        }
        this.tls = config.tls() == null ? null : LinkTls.create(config.tls(), switch (options.tlsProvider()) {
            case AUTO -> null;
            case OPENSSL -> Boolean.TRUE;
            case JDK -> Boolean.FALSE;
        }, options.verifyHostname() && options.transport() == Transport.TCP); // local addresses have no host
        this.events = new EventHub(options.eventExecutor(), options.eventQueueCapacity(),
                "router-events-" + config.routerId());
        this.core = new RouterCore(config, options, loop, ChannelTypes.forGroup(loop), tls, events);
    }

    /** Starts a router: binds its link acceptors, then adds connectors, listeners and outgoing links. */
    public static RouterRuntime start(RouterConfig config, RouterOptions options) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(options, "options");
        RouterRuntime runtime;
        try {
            runtime = new RouterRuntime(config, options);
        } catch (SSLException e) {
            throw new IllegalArgumentException("router " + config.routerId() + ": bad TLS material", e);
        }
        try {
            for (LinkAcceptorConfig acceptor : config.linkAcceptors()) {
                runtime.addLinkAcceptor(acceptor);
            }
            runtime.onLoop(() -> {
                config.connectors().forEach(runtime.core::addConnector);
                config.listeners().forEach(runtime.core::addListener);
                config.outgoingLinks().forEach(runtime.core::addOutgoingLink);
                return null;
            });
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
        return runtime;
    }

    public String routerId() {
        return config.routerId();
    }

    /** The configuration the router started with (live changes are not folded in). */
    public RouterConfig initialConfig() {
        return config;
    }

    /** Name of the TLS implementation in use ("OPENSSL" or "JDK"), or "NONE" for plain local links. */
    public String tlsProvider() {
        return tls == null ? "NONE" : tls.provider().name();
    }

    // ---- live configuration ----

    /** Binds a link acceptor and returns its port (the chosen one when the config says 0). */
    public int addLinkAcceptor(LinkAcceptorConfig acceptor) {
        LinkAcceptorServer server = new LinkAcceptorServer(acceptor, core.linkContext());
        try {
            server.bind();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while binding " + acceptor.name(), e);
        }
        onLoop(() -> {
            core.acceptorBound(server);
            return null;
        });
        return server.port();
    }

    public boolean removeLinkAcceptor(String name) {
        return onLoop(() -> core.removeAcceptor(name));
    }

    public int linkAcceptorPort(String name) {
        return onLoop(() -> core.acceptorPort(name));
    }

    public void addOutgoingLink(OutgoingLinkConfig link) {
        onLoop(() -> {
            core.addOutgoingLink(link);
            return null;
        });
    }

    /** Closes the link (the peer notices at once); its streams are reset. */
    public boolean removeOutgoingLink(String name) {
        return onLoop(() -> core.removeOutgoingLink(name));
    }

    /**
     * Fault injection: the link goes silent without closing, like a network partition. Both routers declare
     * it dead after the dead interval; the dialler then reconnects with backoff.
     */
    public boolean partitionOutgoingLink(String name) {
        return onLoop(() -> core.freezeOutgoingLink(name));
    }

    /** Adds a listener and returns its port (chosen now when the config says 0). */
    public int addListener(TcpListenerConfig listener) {
        return onLoop(() -> {
            core.addListener(listener);
            return core.listenerPort(listener.name());
        });
    }

    /** Closes the listening socket; connections already accepted carry on. */
    public boolean removeListener(String name) {
        return onLoop(() -> core.removeListener(name));
    }

    public void addConnector(TcpConnectorConfig connector) {
        onLoop(() -> {
            core.addConnector(connector);
            return null;
        });
    }

    /** Stops routing new connections to the connector; connections already open carry on. */
    public boolean removeConnector(String name) {
        return onLoop(() -> core.removeConnector(name));
    }

    // ---- observation ----

    /** Listener port, or -1 for an unknown listener. */
    public int listenerPort(String name) {
        return onLoop(() -> core.listenerPort(name));
    }

    /** Whether the listener's socket is open (some connector for its key is reachable). */
    public boolean isListenerOpen(String name) {
        return onLoop(() -> core.isListenerOpen(name));
    }

    public Set<String> reachableKeys() {
        return onLoop(core::reachableKeys);
    }

    /** Interior routers: path cost to every reachable router. */
    public Map<String, Integer> routeCosts() {
        return onLoop(core::routeCosts);
    }

    public List<LinkStatus> links() {
        return onLoop(core::links);
    }

    /** Flow-control state of every stream on this router's live links. */
    public List<StreamStatus> streams() {
        return onLoop(core::streams);
    }

    /**
     * Channels this router holds open (link acceptors, links, listener sockets, client and target sockets):
     * for leak checks in tests and benchmarks.
     */
    public int openChannelCount() {
        return onLoop(core::openChannelCount);
    }

    public RouterCounters counters() {
        return onLoop(core::counters);
    }

    /** Flow records of connections accepted by this router's listeners: recent finished, then active. */
    public List<FlowRecord> flowRecords() {
        return onLoop(core::flowRecords);
    }

    /** Events are delivered off the event loop; close the handle to unsubscribe. */
    public AutoCloseable subscribe(RouterEventListener listener) {
        return events.subscribe(listener);
    }

    /** Events dropped because a subscriber was too slow. */
    public long droppedEvents() {
        return events.droppedEvents();
    }

    // ---- lifecycle ----

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            onLoop(core::close).await(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the loop may already be gone if a shared group was shut down first
        } finally {
            events.close();
            if (ownsGroup) {
                group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(CALL_TIMEOUT_SECONDS,
                        TimeUnit.SECONDS);
            }
        }
    }

    private <T> T onLoop(Callable<T> call) {
        if (loop.inEventLoop()) {
            throw new IllegalStateException("RouterRuntime must not be called from its own event loop");
        }
        try {
            return loop.submit(call).get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("router " + config.routerId() + " did not answer in time", e);
        }
    }
}
