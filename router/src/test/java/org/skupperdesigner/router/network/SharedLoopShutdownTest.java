package org.skupperdesigner.router.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skupperdesigner.router.RouterEventLoops;
import org.skupperdesigner.router.RouterOptions;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.testing.Await;
import org.skupperdesigner.router.testing.RouterFixture;
import org.skupperdesigner.router.testing.TestPki;

/**
 * Routers sharing one event loop group (as in the simulator): closing the accepting router must close the links it
 * accepted, so the dialling side sees the link drop at once rather than after the dead interval.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SharedLoopShutdownTest {
    private static final TestPki PKI = new TestPki("network-ca");
    private final EventLoopGroup group = RouterEventLoops.newGroup(2, "shared-test");
    // a dead interval far beyond the test's wait: only a closed socket can take the link down in time
    private final RouterFixture fixture = new RouterFixture(PKI, RouterOptions.defaults()
            .withHello(Duration.ofSeconds(1), Duration.ofSeconds(60))
            .withReconnectBackoff(List.of(Duration.ofSeconds(30)))
            .withEventLoopGroup(group));

    @AfterEach
    void close() {
        fixture.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    @Test
    void closingTheAcceptingRouterDropsTheLinksItAccepted() throws Exception {
        RouterRuntime accepting = fixture.interior("accepting");
        RouterRuntime dialling = fixture.interior("dialling");
        RouterFixture.link(dialling, accepting, 1);
        Await.until("link up", () -> !dialling.links().isEmpty() && !accepting.links().isEmpty());

        accepting.close();

        Await.until("dialling side sees the link drop", () -> dialling.links().isEmpty());
        Await.until("route to the closed router withdrawn", () -> !dialling.routeCosts().containsKey("accepting"));
        assertThat(dialling.links()).isEmpty();
    }
}
