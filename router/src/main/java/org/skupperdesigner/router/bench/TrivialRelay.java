package org.skupperdesigner.router.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import java.net.InetSocketAddress;
import org.skupperdesigner.router.ChannelTypes;
import org.skupperdesigner.router.forward.SocketOptions;

/**
 * A control for the latency measure: the smallest correct Netty TCP relay (Netty's proxy example: autoRead
 * off until the far side connects, both on one loop, backpressure by pausing the other side, half-close
 * passed on; the router's read sizes), with no framing, no links, no TLS and no routing. Two of them chained on the routers' threads
 * show what two Java hops cost on this machine at the moment, whatever the router does.
 */
final class TrivialRelay implements AutoCloseable {
    private final Channel server;

    TrivialRelay(EventLoopGroup group, int targetPort) {
        ChannelTypes types = ChannelTypes.forGroup(group);
        server = new ServerBootstrap().group(group).channel(types.server())
                .childOption(ChannelOption.AUTO_READ, false)
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.RCVBUF_ALLOCATOR, SocketOptions.RECEIVE)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel inbound) {
                        Channel outbound = new Bootstrap().group(inbound.eventLoop()).channel(types.socket())
                                .option(ChannelOption.AUTO_READ, false)
                                .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
                                .option(ChannelOption.TCP_NODELAY, true)
                                .option(ChannelOption.RCVBUF_ALLOCATOR, SocketOptions.RECEIVE)
                                .handler(new Relay(inbound))
                                .connect("127.0.0.1", targetPort).addListener((ChannelFutureListener) f -> {
                                    if (f.isSuccess()) {
                                        inbound.config().setAutoRead(true);
                                        f.channel().config().setAutoRead(true);
                                    } else {
                                        inbound.close();
                                    }
                                }).channel();
                        inbound.pipeline().addLast(new Relay(outbound));
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).syncUninterruptibly().channel();
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
    }

    /** Relays what one side reads to the other side. */
    private static final class Relay extends ChannelInboundHandlerAdapter {
        private final Channel other;

        Relay(Channel other) {
            this.other = other;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            other.write(msg, other.voidPromise());
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            other.flush();
            if (!other.isWritable()) {
                ctx.channel().config().setAutoRead(false);
            }
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            if (ctx.channel().isWritable()) {
                other.config().setAutoRead(true);
            }
        }

        /** A half-close is passed on; once both directions have ended, both sockets are closed. */
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof ChannelInputShutdownEvent && ctx.channel() instanceof DuplexChannel self
                    && other instanceof DuplexChannel peer) {
                peer.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(written -> peer.shutdownOutput()
                        .addListener(done -> {
                            if (peer.isInputShutdown()) {
                                peer.close();
                                self.close();
                            }
                        }));
                if (self.isOutputShutdown()) {
                    self.close();
                    peer.close();
                }
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            other.close();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
