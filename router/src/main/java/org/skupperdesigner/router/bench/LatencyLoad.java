package org.skupperdesigner.router.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import org.HdrHistogram.Histogram;
import org.skupperdesigner.router.ChannelTypes;

/**
 * Request/response latency: one connection sends a 1 KiB request, waits for the whole 1 KiB echo, records
 * the round trip in an HdrHistogram (nanoseconds), and sends the next one at once.
 */
final class LatencyLoad {
    static final int MESSAGE = 1024;

    private LatencyLoad() {
    }

    /** Round trips recorded during {@code window}, after {@code warmUp}. */
    static Histogram run(EventLoopGroup clients, int port, Duration warmUp, Duration window)
            throws InterruptedException {
        PingPong pingPong = new PingPong();
        Channel channel = new Bootstrap().group(clients).channel(ChannelTypes.forGroup(clients).socket())
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(pingPong)
                .connect("127.0.0.1", port).sync().channel();
        try {
            Thread.sleep(warmUp.toMillis());
            channel.eventLoop().submit(pingPong::reset).sync();
            Thread.sleep(window.toMillis());
            return channel.eventLoop().submit(pingPong::snapshot).sync().getNow();
        } finally {
            channel.close().awaitUninterruptibly(5_000);
            pingPong.request.release();
        }
    }

    private static final class PingPong extends ChannelInboundHandlerAdapter {
        final ByteBuf request = Unpooled.directBuffer(MESSAGE).writeZero(MESSAGE);
        private Histogram histogram = new Histogram(3_600_000_000_000L, 3);
        private long sentAt;
        private int received;

        void reset() {
            histogram = new Histogram(3_600_000_000_000L, 3);
        }

        Histogram snapshot() {
            return histogram.copy();
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            send(ctx);
        }

        private void send(ChannelHandlerContext ctx) {
            received = 0;
            sentAt = System.nanoTime();
            ctx.writeAndFlush(request.retainedDuplicate(), ctx.voidPromise());
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            received += buf.readableBytes();
            buf.release();
            if (received >= MESSAGE) {
                histogram.recordValue(Math.max(1, System.nanoTime() - sentAt));
                send(ctx);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
