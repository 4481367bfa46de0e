package org.skupperdesigner.simulator.testing;

import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.skupperdesigner.router.RouterEventLoops;
import org.skupperdesigner.simulator.ListenerAddress;
import org.skupperdesigner.simulator.Simulation;
import org.skupperdesigner.simulator.traffic.OneShotClient;
import org.skupperdesigner.simulator.traffic.Protocol;
import org.skupperdesigner.simulator.traffic.ResponseCheck;
import org.skupperdesigner.simulator.traffic.ResponseChecks;

/** A client for tests: one request at a time to a simulation's listener. Close it after the test. */
public final class Clients implements AutoCloseable {
    private final EventLoopGroup group = RouterEventLoops.newGroup(1);

    public OneShotClient.Result send(Simulation sim, String listenerId, Protocol protocol, long size)
            throws Exception {
        ListenerAddress a = sim.listenerAddress(listenerId);
        ResponseCheck check = ResponseChecks.forListener(sim.plan(), listenerId, protocol);
        return OneShotClient.send(group, new InetSocketAddress(a.host(), a.port()), protocol, size, 700, check,
                Duration.ofSeconds(5), size * 31 + 7).get(10, TimeUnit.SECONDS);
    }

    /** Polls {@code condition} every 10 ms until it holds or {@code timeout} passes. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
