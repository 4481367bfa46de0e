package org.skupperdesigner.router.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.skupperdesigner.router.ChannelTypes;

/**
 * New-connection rate: {@code concurrency} workers each connect, send 64 bytes, wait for the echo and
 * close, then start the next connection at once. Only connections that got their echo count.
 */
final class ConnectLoad {
    static final int MESSAGE = 64;

    /** Completed connections per second and failures seen. */
    record Sample(double perSecond, long completed, long failed, long routerCpuNanos) {
        /** Router CPU microseconds per completed connection, or NaN when not measured. */
        double routerCpuMicrosPerConnection() {
            return routerCpuNanos < 0 || completed == 0 ? Double.NaN : routerCpuNanos / 1e3 / completed;
        }
    }

    private ConnectLoad() {
    }

    /** @param routerCpu the routers' threads, or null for the direct baseline */
    static Sample run(EventLoopGroup clients, int port, int concurrency, Duration warmUp, Duration window,
                      BenchNetwork.GroupCpu routerCpu) throws InterruptedException {
        ByteBuf message = Unpooled.directBuffer(MESSAGE).writeZero(MESSAGE); // each exchange writes a duplicate
        AtomicLong completed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Bootstrap bootstrap = new Bootstrap().group(clients).channel(ChannelTypes.forGroup(clients).socket())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000);
        AtomicLong inFlight = new AtomicLong();
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            if (!running.get()) {
                return;
            }
            inFlight.incrementAndGet();
            bootstrap.clone().handler(new OneExchange(message, completed, failed, () -> {
                inFlight.decrementAndGet();
                next[0].run();
            })).connect("127.0.0.1", port).addListener(done -> {
                if (!done.isSuccess()) {
                    failed.incrementAndGet();
                    inFlight.decrementAndGet();
                    clients.next().schedule(next[0], 10, java.util.concurrent.TimeUnit.MILLISECONDS);
                }
            });
        };
        for (int i = 0; i < concurrency; i++) {
            clients.next().execute(next[0]);
        }
        try {
            Thread.sleep(warmUp.toMillis());
            long startCpu = routerCpu == null ? -1 : routerCpu.cpuNanos();
            long start = System.nanoTime();
            long startCount = completed.get();
            long startFailed = failed.get();
            Thread.sleep(window.toMillis());
            long count = completed.get() - startCount;
            long nanos = System.nanoTime() - start;
            long cpu = routerCpu == null || startCpu < 0 ? -1 : routerCpu.cpuNanos() - startCpu;
            return new Sample(count * 1e9 / nanos, count, failed.get() - startFailed, cpu);
        } finally {
            running.set(false);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            if (inFlight.get() == 0) {
                message.release(); // else a late exchange may still duplicate it: leave it to the GC
            }
        }
    }

    private static final class OneExchange extends ChannelInboundHandlerAdapter {
        private final ByteBuf message;
        private final AtomicLong completed;
        private final AtomicLong failed;
        private final Runnable done;
        private int received;
        private boolean finished;

        OneExchange(ByteBuf message, AtomicLong completed, AtomicLong failed, Runnable done) {
            this.message = message;
            this.completed = completed;
            this.failed = failed;
            this.done = done;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            ctx.writeAndFlush(message.retainedDuplicate(), ctx.voidPromise());
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            received += buf.readableBytes();
            buf.release();
            if (received >= MESSAGE && !finished) {
                finished = true;
                completed.incrementAndGet();
                ctx.close();
                done.run();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (!finished) {
                finished = true;
                failed.incrementAndGet();
                done.run();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
