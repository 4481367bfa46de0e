package org.skupperdesigner.router.forward;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import java.net.InetSocketAddress;
import java.util.function.Consumer;
import org.skupperdesigner.router.config.TcpConnectorConfig;
import org.skupperdesigner.router.observe.TrafficCounters;
import org.skupperdesigner.router.stream.Flow;
import org.skupperdesigner.router.stream.SocketEndpoint;

/** A TCP connector: opens one connection to its target per flow routed to it. */
public final class ConnectorService implements BalanceCandidate {
    private final TcpConnectorConfig config;
    private final EventLoop loop;
    private final Class<? extends SocketChannel> socketType;
    private final ChannelGroup channels;
    private final TrafficCounters counters = new TrafficCounters();
    private final InetSocketAddress target;
    private final Bootstrap template;
    private int inFlight;

    public ConnectorService(TcpConnectorConfig config, EventLoop loop, Class<? extends SocketChannel> socketType,
                            ChannelGroup channels) {
        this.config = config;
        this.loop = loop;
        this.socketType = socketType;
        this.channels = channels;
        this.target = new InetSocketAddress(config.host(), config.port());
        this.template = SocketOptions.apply(new Bootstrap().group(loop).channel(socketType));
    }

    /** Connects for {@code flow}; exactly one of the callbacks runs, on the event loop. */
    public void connect(Flow flow, Consumer<SocketEndpoint> connected, Consumer<Throwable> refused) {
        SocketEndpoint endpoint = new SocketEndpoint(flow, counters);
        ChannelFuture connect = template.clone().handler(endpoint).connect(target);
        Channel channel = connect.channel();
        connect.addListener(done -> {
            if (done.isSuccess()) {
                channels.add(channel);
                counters.opened();
                connected.accept(endpoint);
            } else {
                counters.failedBeforeOpen();
                refused.accept(done.cause());
            }
        });
    }

    /** Balancing bookkeeping: connections routed here and not yet finished. */
    void flowStarted() {
        inFlight++;
    }

    void flowFinished() {
        inFlight--;
    }

    @Override
    public int inFlight() {
        return inFlight;
    }

    @Override
    public int cost() {
        return 0;
    }

    @Override
    public int capacity() {
        return ServiceBalancer.LOCAL_CAPACITY;
    }

    public TcpConnectorConfig config() {
        return config;
    }

    public TrafficCounters counters() {
        return counters;
    }
}
