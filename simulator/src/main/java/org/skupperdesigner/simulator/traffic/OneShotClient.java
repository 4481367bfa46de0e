package org.skupperdesigner.simulator.traffic;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPromise;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.codec.http.HttpClientCodec;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.skupperdesigner.simulator.metrics.RequestOutcome;

/** Sends exactly one request and reports everything about it (for traces and checks). */
public final class OneShotClient {
    /**
     * The result of one request.
     *
     * @param outcome        how it ended
     * @param started        when the connection attempt began
     * @param latency        until the exchange ended
     * @param wireBytesSent  bytes written on the socket (HTTP: headers and body)
     * @param wireBytesReceived bytes read from the socket
     * @param servedBy       replica named by the answer (HTTP), or null
     */
    public record Result(RequestOutcome outcome, Instant started, Duration latency, long wireBytesSent,
                         long wireBytesReceived, String servedBy) {
    }

    private OneShotClient() {
    }

    public static CompletableFuture<Result> send(EventLoopGroup group, InetSocketAddress target, Protocol protocol,
                                                 long requestSize, long responseSize, ResponseCheck check,
                                                 Duration timeout, long seed) {
        CompletableFuture<Result> result = new CompletableFuture<>();
        EventLoop loop = group.next();
        Instant started = Instant.now();
        long begin = System.nanoTime();
        WireCounter wire = new WireCounter();
        Exchange exchange = new Exchange(begin, (b, end, outcome, sent, received, servedBy) ->
                result.complete(new Result(outcome, started, Duration.ofNanos(end - b), wire.out, wire.in, servedBy)));
        Bootstrap bootstrap = new Bootstrap().group(loop)
                .channel(org.skupperdesigner.router.ChannelTypes.forGroup(group).socket())
                .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .handler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(wire);
                        if (protocol == Protocol.HTTP) {
                            ch.pipeline().addLast(new HttpClientCodec(), new HttpExchange(target.getHostString() + ":"
                                    + target.getPort(), seed, requestSize, responseSize, check, exchange));
                        } else {
                            ch.pipeline().addLast(new TcpExchange(seed, requestSize, check, exchange));
                        }
                    }
                });
        loop.execute(() -> {
            ChannelFuture connect = bootstrap.connect(target);
            exchange.attach(connect.channel(), loop.schedule(() -> exchange.finish(RequestOutcome.TIMEOUT, 0, 0, null),
                    timeout.toNanos(), TimeUnit.NANOSECONDS));
            connect.addListener(f -> {
                if (!f.isSuccess()) {
                    Throwable cause = f.cause();
                    // the connection never opened: refused (a reset answering the SYN counts too)
                    exchange.finish(cause instanceof ConnectTimeoutException ? RequestOutcome.TIMEOUT
                            : RequestOutcome.REFUSED, 0, 0, null);
                }
            });
        });
        return result;
    }

    /** Counts raw bytes in both directions. */
    private static final class WireCounter extends ChannelDuplexHandler {
        private volatile long in;
        private volatile long out;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof ByteBuf buf) {
                in += buf.readableBytes();
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (msg instanceof ByteBuf buf) {
                out += buf.readableBytes();
            }
            ctx.write(msg, promise);
        }
    }
}
