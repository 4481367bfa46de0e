package org.skupperdesigner.simulator.workload;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.skupperdesigner.router.ChannelTypes;
import org.skupperdesigner.simulator.net.LoopbackPorts;

/**
 * A workload server on 127.0.0.1 (echo, http-hello, sink or source). The port is chosen at the first start
 * and kept across stop/start, so the router's connector keeps pointing at it.
 */
final class BuiltInWorkload implements Workload {
    static final String HOST = "127.0.0.1";
    private static final Duration KEPT_PORT_WAIT = Duration.ofSeconds(2);
    private static final long KEPT_PORT_RETRY_MILLIS = 20;

    private final WorkloadIdentity identity;
    private final WorkloadSpec spec;
    private final EventLoopGroup group;
    private final ChannelTypes types;
    private final Supplier<WorkloadProbe> probe;
    private final WorkloadStats stats = new WorkloadStats();
    private final ChannelGroup children = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final SplittableRandom random;
    private Channel server;
    private int port;

    BuiltInWorkload(WorkloadIdentity identity, WorkloadSpec spec, EventLoopGroup group, Supplier<WorkloadProbe> probe,
                    long seed) {
        this.identity = identity;
        this.spec = spec;
        this.group = group;
        this.types = ChannelTypes.forGroup(group);
        this.probe = probe;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        ServerBootstrap bootstrap = new ServerBootstrap().group(group).channel(types.server())
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.AUTO_READ, false)
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        children.add(ch);
                        boolean fail = injectFailure();
                        switch (spec.type()) {
                            case HTTP_HELLO -> {
                                ch.config().setAutoRead(true);
                                ch.pipeline().addLast(new HttpHelloHandler.RawBytes(identity, stats, probe, fail),
                                        new HttpServerCodec(), new HttpHelloHandler(identity, spec, fail));
                            }
                            case SINK -> ch.pipeline().addLast(new SinkHandler(identity, spec, stats, probe, fail));
                            case SOURCE -> ch.pipeline().addLast(new SourceHandler(identity, spec, stats, probe, fail));
                            default -> ch.pipeline().addLast(new EchoHandler(identity, spec, stats, probe, fail));
                        }
                    }
                });
        ChannelFuture bound = port == 0 ? bindNewPort(bootstrap) : bindKeptPort(bootstrap);
        if (!bound.isSuccess()) {
            throw new IllegalStateException("workload " + identity.label() + " cannot listen on " + HOST + ":" + port,
                    bound.cause());
        }
        server = bound.channel();
        port = ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** First start: a random port below the ephemeral range, so a restart finds it free again. */
    private static ChannelFuture bindNewPort(ServerBootstrap bootstrap) {
        ChannelFuture bound = null;
        for (int i = 0; i < LoopbackPorts.tries(); i++) {
            bound = bootstrap.bind(new InetSocketAddress(HOST, LoopbackPorts.candidate())).awaitUninterruptibly();
            if (bound.isSuccess()) {
                break;
            }
        }
        return bound;
    }

    /**
     * A restart binds the port it had, which the connector points at. The previous socket may still be open for a
     * moment after {@link #stop()}: NIO closes a registered server socket only when its selector next runs. So a
     * refused bind is retried for a bounded time before the start fails.
     */
    private ChannelFuture bindKeptPort(ServerBootstrap bootstrap) {
        long deadline = System.nanoTime() + KEPT_PORT_WAIT.toNanos();
        while (true) {
            ChannelFuture bound = bootstrap.bind(new InetSocketAddress(HOST, port)).awaitUninterruptibly();
            if (bound.isSuccess() || System.nanoTime() > deadline) {
                return bound;
            }
            try {
                Thread.sleep(KEPT_PORT_RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return bound;
            }
        }
    }

    private synchronized boolean injectFailure() {
        return spec.failureRate() > 0 && random.nextDouble() < spec.failureRate();
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        server = null;
        for (Channel child : children) {
            child.config().setOption(ChannelOption.SO_LINGER, 0);
        }
        children.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public WorkloadIdentity identity() {
        return identity;
    }

    @Override
    public WorkloadSpec spec() {
        return spec;
    }

    @Override
    public String host() {
        return HOST;
    }

    @Override
    public synchronized int port() {
        return port;
    }

    @Override
    public WorkloadStats stats() {
        return stats;
    }

    @Override
    public void close() {
        stop();
    }
}
