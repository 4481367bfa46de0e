package org.skupperdesigner.router.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.skupperdesigner.router.ChannelTypes;

/**
 * The workload behind the connector (or behind nothing, for the direct baseline): a sink that counts and
 * drops what it reads, or an echo server with backpressure. A half-close is answered with a half-close.
 */
final class WorkloadServer implements AutoCloseable {
    enum Mode { SINK, ECHO }

    /** Same receive sizing for workload sockets in every run, direct or routed. */
    static final AdaptiveRecvByteBufAllocator RECV = new AdaptiveRecvByteBufAllocator(4096, 64 * 1024, 256 * 1024);

    private final Mode mode;
    private final Channel server;
    private final LongAdder received = new LongAdder();
    private final AtomicInteger open = new AtomicInteger();

    WorkloadServer(EventLoopGroup group, Mode mode) {
        this(group, mode, "127.0.0.1", 0);
    }

    WorkloadServer(EventLoopGroup group, Mode mode, String host, int port) {
        this.mode = mode;
        ChannelTypes types = ChannelTypes.forGroup(group);
        server = new ServerBootstrap().group(group).channel(types.server())
                .option(ChannelOption.SO_BACKLOG, 4096)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.RCVBUF_ALLOCATOR, RECV)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        open.incrementAndGet();
                        ch.closeFuture().addListener(f -> open.decrementAndGet());
                        ch.pipeline().addLast(mode == Mode.SINK ? new Sink() : new Echo());
                    }
                })
                .bind(new InetSocketAddress(host, port)).syncUninterruptibly().channel();
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    long bytesReceived() {
        return received.sum();
    }

    int openConnections() {
        return open.get();
    }

    Mode mode() {
        return mode;
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
    }

    private static void answerHalfClose(ChannelHandlerContext ctx) {
        Channel channel = ctx.channel();
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener((ChannelFutureListener) f -> {
            if (channel instanceof DuplexChannel duplex && channel.isActive()) {
                duplex.shutdownOutput().addListener(done -> channel.close());
            } else {
                channel.close();
            }
        });
    }

    private final class Sink extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof ByteBuf buf) {
                received.add(buf.readableBytes());
            }
            ReferenceCountUtil.release(msg);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof ChannelInputShutdownEvent) {
                answerHalfClose(ctx);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    private final class Echo extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof ByteBuf buf) {
                received.add(buf.readableBytes());
            }
            ctx.write(msg, ctx.voidPromise());
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
            if (!ctx.channel().isWritable()) {
                ctx.channel().config().setAutoRead(false);
            }
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            if (ctx.channel().isWritable()) {
                ctx.channel().config().setAutoRead(true);
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof ChannelInputShutdownEvent) {
                answerHalfClose(ctx);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
