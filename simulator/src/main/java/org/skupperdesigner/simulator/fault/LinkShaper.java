package org.skupperdesigner.simulator.fault;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelException;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalServerChannel;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.SocketAddress;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.skupperdesigner.router.ChannelTypes;
import org.skupperdesigner.router.Transport;
import org.skupperdesigner.router.link.LinkAddresses;

/**
 * The network path of one link: a small proxy on loopback (or an in-JVM address for the LOCAL transport)
 * between the dialling router and the accepting router's link acceptor. Mutual TLS passes through untouched.
 * It lets the simulator cut the link, black-hole it, or add latency, a bandwidth limit and loss, while the
 * routers keep their own configuration. The upstream acceptor is looked up for every new connection, so the
 * accepting router may stop and restart on another port.
 */
public final class LinkShaper implements AutoCloseable {
    private static final String HOST = "127.0.0.1";
    private static final int LOCAL_PORT_TRIES = 200;

    private final String linkId;
    private final Transport transport;
    private final EventLoopGroup group;
    private final ChannelTypes types;
    private final Supplier<SocketAddress> upstream;
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final LongAdder forwardBytes = new LongAdder();
    private final LongAdder backwardBytes = new LongAdder();
    private final LongAdder droppedBytes = new LongAdder();
    private final LongAdder retransmits = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private volatile LinkCondition condition = LinkCondition.UP;
    private volatile LinkShape shape = LinkShape.NONE;
    private Channel server;
    private int port;

    /**
     * @param upstream the accepting router's acceptor address, or null while that router is stopped
     */
    public LinkShaper(String linkId, Transport transport, EventLoopGroup group, Supplier<SocketAddress> upstream) {
        this.linkId = linkId;
        this.transport = transport;
        this.group = group;
        this.types = ChannelTypes.forGroup(group);
        this.upstream = upstream;
    }

    /** Binds the proxy's own address and returns its port (blocking). */
    public synchronized int bind() {
        ServerBootstrap bootstrap = new ServerBootstrap().group(group)
                .channel(transport == Transport.LOCAL ? LocalServerChannel.class : types.server())
                .childOption(ChannelOption.AUTO_READ, false)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        accepted(ch);
                    }
                });
        if (transport == Transport.TCP) {
            bootstrap.option(ChannelOption.SO_REUSEADDR, true).childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
            server = bindOrThrow(bootstrap, 0);
        } else {
            ChannelException last = null;
            for (int i = 0; i < LOCAL_PORT_TRIES && server == null; i++) {
                try {
                    server = bindOrThrow(bootstrap, ThreadLocalRandom.current().nextInt(20_000, 65_535));
                } catch (ChannelException e) {
                    last = e;
                }
            }
            if (server == null) {
                throw last;
            }
        }
        port = LinkAddresses.portOf(server.localAddress());
        return port;
    }

    private Channel bindOrThrow(ServerBootstrap bootstrap, int wanted) {
        ChannelFuture bound = bootstrap.bind(LinkAddresses.of(transport, HOST, wanted)).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new ChannelException("link " + linkId + ": cannot bind shaper on port " + wanted, bound.cause());
        }
        return bound.channel();
    }

    private void accepted(Channel front) {
        accepted.increment();
        connections.add(front);
        LinkCondition now = condition;
        if (now == LinkCondition.CUT) {
            front.close();
            return;
        }
        if (now == LinkCondition.SILENT) {
            front.pipeline().addLast(new Swallow(this));
            front.config().setAutoRead(true);
            return;
        }
        SocketAddress target = upstream.get();
        if (target == null) {
            front.close(); // the accepting router is stopped: nobody listens there
            return;
        }
        ShapedRelay forward = new ShapedRelay(this, forwardBytes);
        ShapedRelay backward = new ShapedRelay(this, backwardBytes);
        Bootstrap bootstrap = new Bootstrap().group(front.eventLoop())
                .channel(transport == Transport.LOCAL ? LocalChannel.class : types.socket())
                .option(ChannelOption.AUTO_READ, false)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5000)
                .handler(backward);
        if (transport == Transport.TCP) {
            bootstrap.option(ChannelOption.TCP_NODELAY, true).option(ChannelOption.ALLOW_HALF_CLOSURE, true);
        }
        ChannelFuture connect = bootstrap.connect(target);
        Channel back = connect.channel();
        connections.add(back);
        front.pipeline().addLast(forward);
        ShapedRelay.pair(forward, front, backward, back);
        connect.addListener(done -> {
            if (!done.isSuccess() || condition != LinkCondition.UP) {
                front.close();
                back.close();
                return;
            }
            ShapedRelay.resumeReading(front);
            ShapedRelay.resumeReading(back);
            forward.connected();
            backward.connected();
        });
        front.closeFuture().addListener(f -> {
            if (!connect.isDone()) {
                back.close();
            }
        });
    }

    public String linkId() {
        return linkId;
    }

    public int port() {
        return port;
    }

    public LinkCondition condition() {
        return condition;
    }

    public LinkShape shape() {
        return shape;
    }

    /**
     * Changes the path's condition. CUT closes every connection at once; leaving SILENT closes the connections
     * that stayed open through the black hole (their TLS streams lost bytes, so they are dead anyway).
     */
    public void condition(LinkCondition next) {
        LinkCondition previous;
        synchronized (this) {
            previous = condition;
            condition = next;
        }
        if (next == LinkCondition.CUT || (previous == LinkCondition.SILENT && next == LinkCondition.UP)) {
            connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    /**
     * Closes every connection on this path now, as when the process at one end dies (its sockets close).
     */
    public void dropConnections() {
        connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    public void shape(LinkShape next) {
        shape = next;
    }

    public long forwardBytes() {
        return forwardBytes.sum();
    }

    public long backwardBytes() {
        return backwardBytes.sum();
    }

    public long droppedBytes() {
        return droppedBytes.sum();
    }

    public long retransmits() {
        return retransmits.sum();
    }

    public long acceptedConnections() {
        return accepted.sum();
    }

    void dropped(long bytes) {
        droppedBytes.add(bytes);
    }

    void retransmitted() {
        retransmits.increment();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
            server = null;
        }
        connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    /** A connection accepted while the link is silent: everything it sends disappears. */
    private static final class Swallow extends ChannelInboundHandlerAdapter {
        private final LinkShaper shaper;

        Swallow(LinkShaper shaper) {
            this.shaper = shaper;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof io.netty.buffer.ByteBuf buf) {
                shaper.dropped(buf.readableBytes());
            }
            ReferenceCountUtil.release(msg);
        }
    }
}
