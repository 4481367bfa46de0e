package org.skupperdesigner.router.testing;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;

/**
 * Many concurrent echo clients in a loop until a deadline: each flow sends a random payload (1 B to 256 KiB,
 * seeded), half-closes and checks the echo byte for byte. A flow ends as completed (intact echo), corrupt
 * (end of echo with wrong bytes), reset (closed before its echo ended: a reset, or refused), or hung (not
 * ended within the per-flow bound; it is then closed).
 */
public final class EnduranceLoad implements AutoCloseable {
    private static final int MAX_SIZE = 256 * 1024;

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong corrupt = new AtomicLong();
    private final AtomicLong reset = new AtomicLong();
    private final AtomicLong hung = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicLong seeds = new AtomicLong(1);

    /** Starts {@code connections} looping clients against {@code port} until {@code runFor} has passed. */
    public void start(int port, int connections, Duration runFor, Duration maxFlow) {
        long deadline = System.nanoTime() + runFor.toNanos();
        for (int i = 0; i < connections; i++) {
            group.next().execute(() -> next(port, deadline, maxFlow));
        }
    }

    private void next(int port, long deadline, Duration maxFlow) {
        if (System.nanoTime() > deadline) {
            return;
        }
        active.incrementAndGet();
        Runnable again = () -> {
            active.decrementAndGet();
            next(port, deadline, maxFlow);
        };
        OneFlow flow = new OneFlow(seeds.getAndIncrement(), again, maxFlow);
        new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
                .handler(flow)
                .connect("127.0.0.1", port).addListener(done -> {
                    if (!done.isSuccess()) {
                        flow.finish(reset);
                    }
                });
    }

    /** Waits until no flow is running (after the deadline); false if some are still running at the end. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (active.get() > 0 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return active.get() == 0;
    }

    public long completed() {
        return completed.get();
    }

    public long corrupt() {
        return corrupt.get();
    }

    public long reset() {
        return reset.get();
    }

    public long hung() {
        return hung.get();
    }

    public long bytes() {
        return bytes.get();
    }

    @Override
    public String toString() {
        return "completed " + completed + ", reset " + reset + ", corrupt " + corrupt + ", hung " + hung + ", "
                + (bytes.get() >> 20) + " MiB echoed";
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private final class OneFlow extends ChannelInboundHandlerAdapter {
        private final SplittableRandom random;
        private final Runnable done;
        private final Duration maxFlow;
        private final int size;
        private final CRC32C sentCrc = new CRC32C();
        private final CRC32C receivedCrc = new CRC32C();
        private long received;
        private boolean finished;
        private ScheduledFuture<?> watchdog;

        OneFlow(long seed, Runnable done, Duration maxFlow) {
            this.random = new SplittableRandom(seed);
            this.done = done;
            this.maxFlow = maxFlow;
            this.size = 1 + random.nextInt(MAX_SIZE);
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            Channel channel = ctx.channel();
            watchdog = channel.eventLoop().schedule(() -> {
                if (!finished) {
                    finish(hung);
                    channel.close();
                }
            }, maxFlow.toMillis(), TimeUnit.MILLISECONDS);
            byte[] payload = new byte[size];
            random.nextBytes(payload);
            sentCrc.update(payload, 0, size);
            channel.writeAndFlush(Unpooled.wrappedBuffer(payload)).addListener(written -> {
                if (written.isSuccess()) {
                    ((SocketChannel) channel).shutdownOutput();
                }
            });
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            try {
                received += buf.readableBytes();
                receivedCrc.update(buf.nioBuffer());
            } finally {
                buf.release();
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof ChannelInputShutdownEvent && !finished) {
                boolean intact = received == size && receivedCrc.getValue() == sentCrc.getValue();
                if (intact) {
                    bytes.addAndGet(received);
                }
                finish(intact ? completed : corrupt);
                ctx.close();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            finish(reset);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }

        void finish(AtomicLong outcome) {
            if (finished) {
                return;
            }
            finished = true;
            if (watchdog != null) {
                watchdog.cancel(false);
            }
            outcome.incrementAndGet();
            done.run();
        }
    }
}
