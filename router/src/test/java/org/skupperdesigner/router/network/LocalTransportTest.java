package org.skupperdesigner.router.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skupperdesigner.router.RouterEventLoops;
import org.skupperdesigner.router.RouterOptions;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.Transport;
import org.skupperdesigner.router.config.LinkAcceptorConfig;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.OutgoingLinkConfig;
import org.skupperdesigner.router.config.RouterConfig;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.config.TlsMaterial;
import org.skupperdesigner.router.testing.Await;
import org.skupperdesigner.router.testing.BlockingClient;
import org.skupperdesigner.router.testing.EchoServer;
import org.skupperdesigner.router.testing.RouterFixture;
import org.skupperdesigner.router.testing.TestPki;

/** In-JVM links over Netty local channels, all routers sharing one small event loop group. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LocalTransportTest {
    private static final TestPki PKI = new TestPki("network-ca");
    private final EventLoopGroup group = RouterEventLoops.newGroup(2);
    private final ExecutorService eventThread = Executors.newSingleThreadExecutor();
    private final RouterFixture fixture = new RouterFixture(PKI, RouterOptions.defaults()
            .withTransport(Transport.LOCAL).withEventLoopGroup(group).withEventExecutor(eventThread)
            .withReconnectBackoff(List.of(Duration.ofMillis(100))));

    @AfterEach
    void close() throws InterruptedException {
        fixture.close();
        eventThread.shutdown();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }

    private RouterRuntime router(int index, TlsMaterial tls) {
        String id = "r" + index;
        return fixture.start(new RouterConfig(id, id, RouterMode.INTERIOR,
                List.of(new LinkAcceptorConfig("inter-router", LinkRole.INTER_ROUTER, "sim", 10_000 + index)),
                List.of(), List.of(), List.of(), tls));
    }

    private static void link(RouterRuntime from, int toIndex) {
        from.addOutgoingLink(new OutgoingLinkConfig(from.routerId() + "-to-r" + toIndex, "sim", 10_000 + toIndex,
                LinkRole.INTER_ROUTER, 1));
    }

    @Test
    void hundredSiteRingStartsAndConverges() throws Exception {
        // how fast it converges is measured by the bench (C1, target < 5 s), not asserted here
        Duration generous = Duration.ofSeconds(60);
        EchoServer echo = fixture.track(new EchoServer());
        int sites = 100;
        long start = System.nanoTime();
        List<RouterRuntime> routers = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            routers.add(router(i, null));
        }
        long started = System.nanoTime();
        for (int i = 0; i < sites; i++) {
            link(routers.get(i), (i + 1) % sites);
        }
        long linked = System.nanoTime();
        RouterFixture.connect(routers.get(sites / 2), "echo", "echo", echo.port());
        int port = RouterFixture.listen(routers.get(0), "echo", "echo");
        Await.until("r0 knows every router", generous, () -> routers.get(0).routeCosts().size() == sites - 1);
        Await.until("every router reaches the key", generous,
                () -> routers.stream().allMatch(r -> r.reachableKeys().contains("echo")));
        Await.until("listener open", generous, () -> routers.get(0).isListenerOpen("echo"));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("local transport: %d routers started in %d ms, linked in %d ms, converged in %d ms%n", sites,
                TimeUnit.NANOSECONDS.toMillis(started - start), TimeUnit.NANOSECONDS.toMillis(linked - started), millis);
        assertThat(routers.get(0).routeCosts()).containsEntry("r50", 50).containsEntry("r99", 1);

        assertThat(BlockingClient.exchange(port, "round the ring".getBytes())).isEqualTo("round the ring".getBytes());
        Await.until("flow finished", () -> routers.get(0).flowRecords().stream().anyMatch(f -> !f.isActive()));
        assertThat(routers.get(0).flowRecords().get(0).path()).hasSize(51);
    }

    @Test
    void localLinksCanStillUseMutualTls() throws Exception {
        EchoServer echo = fixture.track(new EchoServer());
        RouterRuntime a = router(0, PKI.router("r0"));
        RouterRuntime b = router(1, PKI.router("r1"));
        link(a, 1);
        RouterFixture.connect(b, "echo", "echo", echo.port());
        int port = RouterFixture.listen(a, "echo", "echo");
        Await.until("listener open", () -> a.isListenerOpen("echo"));
        assertThat(a.tlsProvider()).isNotEqualTo("NONE");
        assertThat(BlockingClient.exchange(port, "tls in the jvm".getBytes())).isEqualTo("tls in the jvm".getBytes());
    }
}
