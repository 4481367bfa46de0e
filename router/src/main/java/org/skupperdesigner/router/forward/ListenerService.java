package org.skupperdesigner.router.forward;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.ServerChannel;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.skupperdesigner.router.config.TcpListenerConfig;
import org.skupperdesigner.router.observe.TrafficCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP listener whose socket is open only while a connector for its key is reachable, as in Skupper:
 * clients are refused by the OS, not accepted and dropped, when there is nowhere to send them.
 */
public final class ListenerService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ListenerService.class);
    private static final long REBIND_DELAY_MILLIS = 1000;

    /** Notified on the event loop when the socket opens or closes. */
    @FunctionalInterface
    public interface StateListener {
        void stateChanged(ListenerService listener, boolean open);
    }

    private final TcpListenerConfig config;
    private final EventLoop loop;
    private final Class<? extends ServerChannel> serverChannelType;
    private final BiConsumer<ListenerService, Channel> acceptor;
    private final StateListener stateListener;
    private final TrafficCounters counters = new TrafficCounters();
    private final int port;
    private Channel serverChannel;
    private boolean wanted;
    private boolean binding;
    private boolean closed;
    private ScheduledFuture<?> rebind;

    public ListenerService(TcpListenerConfig config, EventLoop loop, Class<? extends ServerChannel> serverChannelType,
                           BiConsumer<ListenerService, Channel> acceptor, StateListener stateListener) {
        this.config = config;
        this.loop = loop;
        this.serverChannelType = serverChannelType;
        this.acceptor = acceptor;
        this.stateListener = stateListener;
        this.port = config.port() != 0 ? config.port() : pickFreePort(config.host());
    }

    /** Port 0 means "any": pick one now so the listener keeps one port across close and reopen. */
    private static int pickFreePort(String host) {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on " + host, e);
        }
    }

    /** Opens or closes the socket to match whether a connector for the key is reachable. */
    public void setAvailable(boolean available) {
        wanted = available && !closed;
        reconcile();
    }

    private void reconcile() {
        if (wanted && serverChannel == null && !binding) {
            bind();
        } else if (!wanted && serverChannel != null) {
            Channel channel = serverChannel;
            serverChannel = null;
            // said closed once the socket is: said at once, a client connecting in between was accepted and then
            // reset instead of refused
            channel.close().addListener(done -> stateListener.stateChanged(this, false));
        }
    }

    private void bind() {
        binding = true;
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(loop, loop)
                .channel(serverChannelType)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel child) {
                        acceptor.accept(ListenerService.this, child);
                    }
                });
        SocketOptions.applyToChildren(bootstrap);
        bootstrap.bind(new InetSocketAddress(config.host(), port)).addListener(done -> {
            binding = false;
            if (!done.isSuccess()) {
                LOG.warn("listener {} cannot bind {}:{}: {}", config.name(), config.host(), port, done.cause().toString());
                scheduleRebind();
                return;
            }
            serverChannel = ((io.netty.channel.ChannelFuture) done).channel();
            stateListener.stateChanged(this, true);
            reconcile(); // availability may have changed while binding
        });
    }

    private void scheduleRebind() {
        if (rebind == null && wanted) {
            rebind = loop.schedule(() -> {
                rebind = null;
                reconcile();
            }, REBIND_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    public TcpListenerConfig config() {
        return config;
    }

    public int port() {
        return port;
    }

    public boolean isOpen() {
        return serverChannel != null;
    }

    public TrafficCounters counters() {
        return counters;
    }

    /** Closes the listening socket; connections already accepted carry on. */
    @Override
    public void close() {
        closed = true;
        if (rebind != null) {
            rebind.cancel(false);
        }
        setAvailable(false);
    }
}
