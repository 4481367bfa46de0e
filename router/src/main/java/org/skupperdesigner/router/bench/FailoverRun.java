package org.skupperdesigner.router.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.skupperdesigner.router.RouterOptions;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.config.LinkAcceptorConfig;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.RouterConfig;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.config.TcpConnectorConfig;
import org.skupperdesigner.router.config.TcpListenerConfig;

/**
 * B7: a diamond {@code r1-r2, r1-r3, r3-r2} with the workload behind r2 and clients at r1. The direct link
 * r1-r2 is cut (closed socket, or silent: frozen without closing) while a probe opens a new connection every
 * few milliseconds; the figure is the time from the cut to the first probe that got its echo back, which
 * can only have gone r1-r3-r2.
 */
final class FailoverRun {
    private static final int MESSAGE = 16;
    private static final Duration GIVE_UP = Duration.ofSeconds(15);

    private FailoverRun() {
    }

    /** Milliseconds from the cut to the first successful new connection. */
    static double measure(boolean silent, boolean tls, int echoPort, EventLoopGroup routerGroup,
                          EventLoopGroup clients, BenchPki pki, RouterOptions base) throws Exception {
        RouterOptions options = base.withEventLoopGroup(routerGroup).withPlainTcpLinks(!tls);
        List<RouterRuntime> routers = new ArrayList<>();
        try {
            for (String id : List.of("r1", "r2", "r3")) {
                routers.add(RouterRuntime.start(RouterConfig.of(id, RouterMode.INTERIOR, tls ? pki.router(id) : null)
                        .withLinkAcceptors(List.of(
                                new LinkAcceptorConfig("inter-router", LinkRole.INTER_ROUTER, "127.0.0.1", 0))),
                        options));
            }
            RouterRuntime r1 = routers.get(0);
            RouterRuntime r2 = routers.get(1);
            RouterRuntime r3 = routers.get(2);
            BenchNetwork.link(r1, r2, 1);
            BenchNetwork.link(r1, r3, 1);
            BenchNetwork.link(r3, r2, 1);
            r2.addConnector(new TcpConnectorConfig("workload", BenchNetwork.KEY, "127.0.0.1", echoPort));
            int port = r1.addListener(new TcpListenerConfig("workload", BenchNetwork.KEY, "127.0.0.1", 0));
            BenchNetwork.await("diamond converged", Duration.ofSeconds(30), () -> r1.isListenerOpen("workload")
                    && Integer.valueOf(1).equals(r1.routeCosts().get("r2"))
                    && Integer.valueOf(1).equals(r1.routeCosts().get("r3"))
                    && Integer.valueOf(1).equals(r3.routeCosts().get("r2")));
            exchange(clients, port).get(10, TimeUnit.SECONDS); // warm path r1-r2

            CompletableFuture<Long> firstSuccess = new CompletableFuture<>();
            List<Channel> probes = new ArrayList<>();
            long cut = System.nanoTime();
            if (silent) {
                r1.partitionOutgoingLink("r1-to-r2");
            } else {
                r1.removeOutgoingLink("r1-to-r2");
            }
            long intervalMicros = silent ? 20_000 : 2_000;
            ScheduledFuture<?> prober = clients.next().scheduleAtFixedRate(() -> {
                if (!firstSuccess.isDone()) {
                    probe(clients, port, probes).whenComplete((ok, error) -> {
                        if (error == null) {
                            firstSuccess.complete(System.nanoTime());
                        }
                    });
                }
            }, 0, intervalMicros, TimeUnit.MICROSECONDS);
            try {
                long success = firstSuccess.get(GIVE_UP.toMillis(), TimeUnit.MILLISECONDS);
                return (success - cut) / 1e6;
            } catch (TimeoutException e) {
                return Double.NaN;
            } finally {
                prober.cancel(false);
                clients.next().submit(() -> List.copyOf(probes).forEach(Channel::close)).sync();
            }
        } finally {
            for (int i = routers.size() - 1; i >= 0; i--) {
                routers.get(i).close();
            }
        }
    }

    private static CompletableFuture<Void> probe(EventLoopGroup clients, int port, List<Channel> open) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        Channel channel = connect(clients, port, result);
        open.add(channel);
        channel.closeFuture().addListener(f -> open.remove(channel));
        channel.eventLoop().schedule(() -> channel.close(), 5, TimeUnit.SECONDS);
        return result;
    }

    static CompletableFuture<Void> exchange(EventLoopGroup clients, int port) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        connect(clients, port, result);
        return result;
    }

    private static Channel connect(EventLoopGroup clients, int port, CompletableFuture<Void> result) {
        return new Bootstrap().group(clients).channel(org.skupperdesigner.router.ChannelTypes.forGroup(clients).socket())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
                .handler(new ChannelInboundHandlerAdapter() {
                    private int received;

                    @Override
                    public void channelActive(ChannelHandlerContext ctx) {
                        ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[MESSAGE]));
                    }

                    @Override
                    public void channelRead(ChannelHandlerContext ctx, Object msg) {
                        ByteBuf buf = (ByteBuf) msg;
                        received += buf.readableBytes();
                        buf.release();
                        if (received >= MESSAGE) {
                            result.complete(null);
                            ctx.close();
                        }
                    }

                    @Override
                    public void channelInactive(ChannelHandlerContext ctx) {
                        result.completeExceptionally(new IllegalStateException("closed"));
                    }

                    @Override
                    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                        ctx.close();
                    }
                })
                .connect("127.0.0.1", port).addListener(done -> {
                    if (!done.isSuccess()) {
                        result.completeExceptionally(done.cause());
                    }
                }).channel();
    }
}
