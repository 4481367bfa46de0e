package org.skupperdesigner.simulator.traffic;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.skupperdesigner.router.ChannelTypes;
import org.skupperdesigner.simulator.metrics.ListenerMetrics;
import org.skupperdesigner.simulator.metrics.RequestOutcome;

/**
 * Sends traffic to one listener: new connections at {@code rate} per second (or back to back when the rate
 * is 0), at most {@code concurrency} open at once, one request per connection. Every request is recorded in
 * the listener's metrics with its latency and outcome. Runs on one event loop of the client group.
 */
public final class TrafficGenerator implements AutoCloseable {
    private static final long MIN_TICK_NANOS = 1_000_000;

    private final String listenerId;
    private final InetSocketAddress target;
    private final TrafficSpec spec;
    private final ResponseCheck check;
    private final ListenerMetrics metrics;
    private final long simulationStartNanos;
    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final AtomicLong launched = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final CountDownLatch stoppedAndIdle = new CountDownLatch(1);
    private long startNanos;
    private long endNanos;
    private long started;
    private int active;
    private boolean stopping;
    private ScheduledFuture<?> tick;

    public TrafficGenerator(String listenerId, InetSocketAddress target, TrafficSpec spec, ResponseCheck check,
                            ListenerMetrics metrics, EventLoopGroup group, long simulationStartNanos) {
        this.listenerId = listenerId;
        this.target = target;
        this.spec = spec;
        this.check = check;
        this.metrics = metrics;
        this.simulationStartNanos = simulationStartNanos;
        this.loop = group.next();
        this.bootstrap = new Bootstrap().group(loop).channel(ChannelTypes.forGroup(group).socket())
                .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                        spec.timeout().toMillis()));
    }

    public String listenerId() {
        return listenerId;
    }

    public TrafficSpec spec() {
        return spec;
    }

    /** Starts after {@code spec.start()} and runs for {@code spec.duration()} (or until stopped). */
    public void start() {
        loop.execute(() -> {
            startNanos = System.nanoTime() + spec.start().toNanos();
            endNanos = spec.duration() == null ? Long.MAX_VALUE : startNanos + spec.duration().toNanos();
            scheduleTick(Math.max(0, startNanos - System.nanoTime()));
        });
    }

    private void scheduleTick(long delayNanos) {
        tick = loop.schedule(this::tick, delayNanos, TimeUnit.NANOSECONDS);
    }

    private void tick() {
        tick = null;
        long now = System.nanoTime();
        if (stopping || now >= endNanos) {
            stopLaunching();
            return;
        }
        if (spec.rate() <= 0) {
            while (active < spec.concurrency()) {
                launch();
            }
            return; // completions launch the next ones
        }
        long due = (long) ((now - startNanos) / 1e9 * spec.rate()) + 1;
        if (due - started > spec.concurrency()) {
            started = due - spec.concurrency(); // do not burst after a stall
        }
        while (started < due && active < spec.concurrency()) {
            launch();
        }
        long next = startNanos + (long) Math.ceil((started) / spec.rate() * 1e9);
        scheduleTick(Math.max(MIN_TICK_NANOS, next - now));
    }

    private void launch() {
        started++;
        active++;
        long seed = launched.incrementAndGet() * 7919 + listenerId.hashCode();
        long begin = System.nanoTime();
        Exchange exchange = new Exchange(begin, this::done);
        Bootstrap b = bootstrap.clone().handler(new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                if (spec.protocol() == Protocol.HTTP) {
                    ch.pipeline().addLast(new HttpClientCodec(), new HttpExchange(
                            target.getHostString() + ":" + target.getPort(), seed, spec.requestSize(),
                            spec.responseSize(), check, exchange));
                } else {
                    ch.pipeline().addLast(new TcpExchange(seed, spec.requestSize(), check, exchange));
                }
            }
        });
        ChannelFuture connect = b.connect(target);
        ScheduledFuture<?> timeout = loop.schedule(() -> exchange.finish(RequestOutcome.TIMEOUT, 0, 0, null),
                spec.timeout().toNanos(), TimeUnit.NANOSECONDS);
        exchange.attach(connect.channel(), timeout);
        connect.addListener(f -> {
            if (!f.isSuccess()) {
                Throwable cause = f.cause();
                // the connection never opened: refused (a reset answering the SYN counts too)
                exchange.finish(cause instanceof ConnectTimeoutException ? RequestOutcome.TIMEOUT
                        : RequestOutcome.REFUSED, 0, 0, null);
            }
        });
    }

    private void done(long begin, long end, RequestOutcome outcome, long sent, long received, String servedBy) {
        active--;
        completed.incrementAndGet();
        if (outcome.isError()) {
            failed.incrementAndGet();
        }
        metrics.record((end - simulationStartNanos) / 1000, (end - begin) / 1000, outcome, sent, received,
                servedBy);
        if (stopping || end >= endNanos) {
            stopLaunching();
        } else if (spec.rate() <= 0) {
            loop.execute(() -> {
                if (!stopping && active < spec.concurrency() && System.nanoTime() < endNanos) {
                    launch();
                }
            });
        }
    }

    private void stopLaunching() {
        stopping = true;
        if (tick != null) {
            tick.cancel(false);
            tick = null;
        }
        if (active == 0) {
            stoppedAndIdle.countDown();
        }
    }

    /** Stops starting new requests; those in flight finish (or time out). */
    public void stop() {
        loop.execute(this::stopLaunching);
    }

    /** Waits until stopped (or its duration is over) and nothing is in flight. */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        return stoppedAndIdle.await(timeout, unit);
    }

    public boolean isFinished() {
        return stoppedAndIdle.getCount() == 0;
    }

    public long launched() {
        return launched.get();
    }

    public long completed() {
        return completed.get();
    }

    public long failed() {
        return failed.get();
    }

    @Override
    public void close() {
        stop();
    }
}
