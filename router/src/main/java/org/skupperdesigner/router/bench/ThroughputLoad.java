package org.skupperdesigner.router.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.util.ReferenceCountUtil;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.skupperdesigner.router.ChannelTypes;

/**
 * iperf-like bulk transfer: {@code streams} connections write as fast as the socket takes (128 KiB writes of
 * one shared buffer, no allocation per write) into a {@link WorkloadServer} sink; throughput is what the sink
 * counts during the measured window, after a warm-up.
 */
final class ThroughputLoad {
    static final int WRITE_SIZE = 128 * 1024;
    private static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(256 * 1024, 1024 * 1024);

    /** Bytes per second and what the window covered. */
    record Sample(double bytesPerSecond, long bytes, long nanos, long routerCpuNanos) {
        /** Router CPU seconds per GB (10^9 bytes) moved, or NaN when not measured. */
        double cpuSecondsPerGb() {
            return routerCpuNanos < 0 || bytes == 0 ? Double.NaN : (routerCpuNanos / 1e9) / (bytes / 1e9);
        }
    }

    private ThroughputLoad() {
    }

    /** @param routerCpu the routers' threads, or null for the direct baseline */
    static Sample run(EventLoopGroup clients, int port, int streams, WorkloadServer sink, Duration warmUp,
                      Duration window, BenchNetwork.GroupCpu routerCpu) throws InterruptedException {
        ByteBuf payload = PooledByteBufAllocator.DEFAULT.directBuffer(WRITE_SIZE);
        SplittableRandom random = new SplittableRandom(7);
        while (payload.isWritable()) {
            payload.writeByte(random.nextInt(256));
        }
        int openBefore = sink.openConnections();
        List<Channel> channels = new ArrayList<>();
        try {
            Bootstrap bootstrap = new Bootstrap().group(clients).channel(ChannelTypes.forGroup(clients).socket())
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                    .option(ChannelOption.RCVBUF_ALLOCATOR, WorkloadServer.RECV)
                    .handler(new Writer(payload));
            for (int i = 0; i < streams; i++) {
                channels.add(bootstrap.connect("127.0.0.1", port).sync().channel());
            }
            Thread.sleep(warmUp.toMillis());
            long startCpu = routerCpu == null ? -1 : routerCpu.cpuNanos();
            long startBytes = sink.bytesReceived();
            long start = System.nanoTime();
            Thread.sleep(window.toMillis());
            long bytes = sink.bytesReceived() - startBytes;
            long nanos = System.nanoTime() - start;
            long cpu = routerCpu == null || startCpu < 0 ? -1 : routerCpu.cpuNanos() - startCpu;
            return new Sample(bytes * 1e9 / nanos, bytes, nanos, cpu);
        } finally {
            for (Channel channel : channels) {
                channel.close();
            }
            for (Channel channel : channels) {
                channel.closeFuture().awaitUninterruptibly(5_000);
            }
            payload.release();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (sink.openConnections() > openBefore && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
    }

    /** Writes the shared payload while the socket is writable; reads (there is nothing to read) are dropped. */
    private static final class Writer extends ChannelInboundHandlerAdapter {
        private final ByteBuf payload;

        Writer(ByteBuf payload) {
            this.payload = payload;
        }

        @Override
        public boolean isSharable() {
            return true;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            fill(ctx.channel());
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            fill(ctx.channel());
        }

        private void fill(Channel channel) {
            boolean wrote = false;
            while (channel.isActive() && channel.isWritable()) {
                channel.write(payload.retainedDuplicate(), channel.voidPromise());
                wrote = true;
            }
            if (wrote) {
                channel.flush();
            }
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ReferenceCountUtil.release(msg);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
