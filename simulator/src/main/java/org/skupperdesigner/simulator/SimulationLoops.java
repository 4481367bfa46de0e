package org.skupperdesigner.simulator;

import io.netty.channel.EventLoopGroup;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.skupperdesigner.router.RouterEventLoops;

/**
 * The threads of one simulation: routers (and link shapers) share one event loop group, workloads and
 * traffic generators each get a one-thread group, router events are delivered on one executor. No thread
 * per connection, no thread per site.
 */
final class SimulationLoops implements AutoCloseable {
    final EventLoopGroup routers;
    final EventLoopGroup workloads;
    final EventLoopGroup clients;
    final ExecutorService events;

    SimulationLoops(int routerThreads) {
        routers = RouterEventLoops.newGroup(routerThreads);
        workloads = RouterEventLoops.newGroup(1);
        clients = RouterEventLoops.newGroup(1);
        events = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "simulation-events");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        clients.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        workloads.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        routers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        clients.terminationFuture().awaitUninterruptibly(10, TimeUnit.SECONDS);
        workloads.terminationFuture().awaitUninterruptibly(10, TimeUnit.SECONDS);
        routers.terminationFuture().awaitUninterruptibly(10, TimeUnit.SECONDS);
        events.shutdown();
        try {
            if (!events.awaitTermination(5, TimeUnit.SECONDS)) {
                events.shutdownNow();
            }
        } catch (InterruptedException e) {
            events.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
