package org.skupperdesigner.router.bench;

import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.skupperdesigner.router.RouterOptions;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.config.LinkAcceptorConfig;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.OutgoingLinkConfig;
import org.skupperdesigner.router.config.RouterConfig;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.config.TcpConnectorConfig;
import org.skupperdesigner.router.config.TcpListenerConfig;

/**
 * A line of interior routers on loopback, {@code r1 - r2 - ... - rN}: a listener at {@code r1}, a connector
 * at {@code rN} to the workload, each router dialling the next over TCP with mutual TLS (or plain TCP).
 * All routers run on the bench's router event loop group, as in the simulator.
 */
final class BenchNetwork implements AutoCloseable {
    static final String KEY = "bench";

    private final List<RouterRuntime> routers = new ArrayList<>();
    private int listenerPort;

    private BenchNetwork() {
    }

    static BenchNetwork line(int sites, boolean tls, int targetPort, EventLoopGroup group, BenchPki pki,
                             RouterOptions base) {
        BenchNetwork network = new BenchNetwork();
        RouterOptions options = base.withEventLoopGroup(group).withPlainTcpLinks(!tls);
        try {
            for (int i = 1; i <= sites; i++) {
                String id = "r" + i;
                RouterConfig config = RouterConfig.of(id, RouterMode.INTERIOR, tls ? pki.router(id) : null)
                        .withLinkAcceptors(List.of(
                                new LinkAcceptorConfig("inter-router", LinkRole.INTER_ROUTER, "127.0.0.1", 0)));
                network.routers.add(RouterRuntime.start(config, options));
            }
            for (int i = 0; i < sites - 1; i++) {
                link(network.routers.get(i), network.routers.get(i + 1), 1);
            }
            RouterRuntime last = network.routers.get(sites - 1);
            last.addConnector(new TcpConnectorConfig("workload", KEY, "127.0.0.1", targetPort));
            RouterRuntime first = network.routers.get(0);
            network.listenerPort = first.addListener(new TcpListenerConfig("workload", KEY, "127.0.0.1", 0));
            await("listener of r1 open", Duration.ofSeconds(30), () -> first.isListenerOpen("workload"));
            await("every router reaches the workload", Duration.ofSeconds(30),
                    () -> network.routers.stream().allMatch(r -> r.reachableKeys().contains(KEY)));
            return network;
        } catch (RuntimeException | InterruptedException e) {
            network.close();
            throw new IllegalStateException("cannot build the bench network: " + e, e);
        }
    }

    static void link(RouterRuntime from, RouterRuntime to, int cost) {
        from.addOutgoingLink(new OutgoingLinkConfig(from.routerId() + "-to-" + to.routerId(), "127.0.0.1",
                to.linkAcceptorPort("inter-router"), LinkRole.INTER_ROUTER, cost));
    }

    int listenerPort() {
        return listenerPort;
    }

    List<RouterRuntime> routers() {
        return routers;
    }

    @Override
    public void close() {
        for (int i = routers.size() - 1; i >= 0; i--) {
            routers.get(i).close();
        }
        routers.clear();
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    /** CPU time of an event loop group's threads, for CPU-seconds-per-GB figures. */
    static final class GroupCpu {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final long[] threadIds;

        GroupCpu(EventLoopGroup group) {
            List<Long> ids = new ArrayList<>();
            for (EventExecutor executor : group) {
                try {
                    ids.add(executor.submit(() -> Thread.currentThread().getId()).get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }
            threadIds = ids.stream().mapToLong(Long::longValue).toArray();
        }

        /** Total CPU nanoseconds used so far by the group's threads (-1 when the JVM cannot tell). */
        long cpuNanos() {
            if (!THREADS.isThreadCpuTimeSupported()) {
                return -1;
            }
            long total = 0;
            for (long id : threadIds) {
                long cpu = THREADS.getThreadCpuTime(id);
                if (cpu > 0) {
                    total += cpu;
                }
            }
            return total;
        }
    }
}
