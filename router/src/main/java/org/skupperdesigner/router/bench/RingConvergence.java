package org.skupperdesigner.router.bench;

import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.skupperdesigner.router.RouterEventLoops;
import org.skupperdesigner.router.RouterOptions;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.Transport;
import org.skupperdesigner.router.config.LinkAcceptorConfig;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.OutgoingLinkConfig;
import org.skupperdesigner.router.config.RouterConfig;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.config.TcpConnectorConfig;
import org.skupperdesigner.router.config.TcpListenerConfig;

/**
 * C1: a ring of 100 interior routers over in-JVM (LOCAL) links on one shared two-thread group, as the
 * simulator runs big designs: time from the first router's start until every router reaches the key and
 * the far listener is open. (Was a timed unit test; speed targets live here.)
 */
final class RingConvergence {
    private static final String HOST = "bench-ring";
    private static final int BASE_PORT = 41_000;

    private RingConvergence() {
    }

    /** Milliseconds to converge. */
    static double measure(int sites, int echoPort) throws InterruptedException {
        EventLoopGroup group = RouterEventLoops.newGroup(RouterEventLoops.defaultThreads());
        ExecutorService events = Executors.newSingleThreadExecutor(r -> new Thread(r, "bench-ring-events"));
        RouterOptions options = RouterOptions.defaults().withTransport(Transport.LOCAL).withEventLoopGroup(group)
                .withEventExecutor(events).withReconnectBackoff(List.of(Duration.ofMillis(100)));
        List<RouterRuntime> routers = new ArrayList<>();
        try {
            long start = System.nanoTime();
            for (int i = 0; i < sites; i++) {
                String id = "ring" + i;
                // the whole config at once, as the simulator renders it: links dial as soon as peers bind
                routers.add(RouterRuntime.start(new RouterConfig(id, id, RouterMode.INTERIOR,
                        List.of(new LinkAcceptorConfig("inter-router", LinkRole.INTER_ROUTER, HOST, BASE_PORT + i)),
                        List.of(new OutgoingLinkConfig("to-next", HOST, BASE_PORT + (i + 1) % sites,
                                LinkRole.INTER_ROUTER, 1)), List.of(), List.of(), null), options));
            }
            routers.get(sites / 2).addConnector(new TcpConnectorConfig("echo", BenchNetwork.KEY, "127.0.0.1", echoPort));
            routers.get(0).addListener(new TcpListenerConfig("echo", BenchNetwork.KEY, "127.0.0.1", 0));
            BenchNetwork.await("ring converged", Duration.ofSeconds(120), () ->
                    routers.get(0).routeCosts().size() == sites - 1
                            && routers.stream().allMatch(r -> r.reachableKeys().contains(BenchNetwork.KEY))
                            && routers.get(0).isListenerOpen("echo"));
            return (System.nanoTime() - start) / 1e6;
        } finally {
            for (RouterRuntime router : routers) {
                router.close();
            }
            events.shutdown();
            // a quiet period lets the peers of closed local links finish closing before the loops stop
            group.shutdownGracefully(200, 2000, TimeUnit.MILLISECONDS).await(10, TimeUnit.SECONDS);
        }
    }
}
