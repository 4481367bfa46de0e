package org.skupperdesigner.router.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.observe.FlowRecord;
import org.skupperdesigner.router.observe.RouterEvent;
import org.skupperdesigner.router.testing.Await;
import org.skupperdesigner.router.testing.BlockingClient;
import org.skupperdesigner.router.testing.EchoServer;
import org.skupperdesigner.router.testing.RouterFixture;
import org.skupperdesigner.router.testing.TestPki;

/** a -(1)- b -(1)- d and a -(5)- c -(5)- d: traffic takes b until a-b fails, then c. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DiamondFailoverTest {
    private static final TestPki PKI = new TestPki("network-ca");
    @RegisterExtension
    final RouterFixture fixture = new RouterFixture(PKI);
    private RouterRuntime a;
    private int port;

    @BeforeEach
    void diamond() {
        EchoServer echo = fixture.track(new EchoServer());
        a = fixture.interior("a");
        RouterRuntime b = fixture.interior("b");
        RouterRuntime c = fixture.interior("c");
        RouterRuntime d = fixture.interior("d");
        RouterFixture.link(a, b, 1);
        RouterFixture.link(b, d, 1);
        RouterFixture.link(a, c, 5);
        RouterFixture.link(c, d, 5);
        RouterFixture.connect(d, "echo", "echo", echo.port());
        port = RouterFixture.listen(a, "echo", "echo");
        Await.until("all routes", () -> a.routeCosts().equals(java.util.Map.of("b", 1, "c", 5, "d", 2)));
        Await.until("listener open", () -> a.isListenerOpen("echo"));
        // a may converge before b: a flow a routes via b before b knows the key is reset (NO_ROUTE)
        Await.until("every router reaches the key", () -> b.reachableKeys().contains("echo")
                && c.reachableKeys().contains("echo"));
    }

    @Test
    void cheaperPathIsTakenAndTrafficMovesWhenTheLinkIsCut() throws Exception {
        assertThat(lastPathAfterExchange()).containsExactly("a", "b", "d");

        long cutAt = System.nanoTime();
        a.removeOutgoingLink("a-to-b");
        Await.until("route via c", () -> a.routeCosts().getOrDefault("d", 0) == 10);
        long failoverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cutAt);
        System.out.printf("diamond: closed-link failover visible at a after %d ms%n", failoverMillis);

        assertThat(lastPathAfterExchange()).containsExactly("a", "c", "d");
        assertThat(failoverMillis).as("closed-socket failover").isLessThan(1000);
        Await.until("route change event", () -> fixture.events.stream().anyMatch(e ->
                e instanceof RouterEvent.RouteChanged rc && rc.routerId().equals("a")
                        && rc.routerCosts().getOrDefault("d", 0) == 10));
        assertThat(fixture.events).anyMatch(e -> e instanceof RouterEvent.LinkDown down && down.routerId().equals("a"));
    }

    @Test
    void silentLinkIsDeclaredDeadAfterTheDeadInterval() throws Exception {
        assertThat(lastPathAfterExchange()).containsExactly("a", "b", "d");

        long cutAt = System.nanoTime();
        a.partitionOutgoingLink("a-to-b");
        Await.until("route via c", () -> a.routeCosts().getOrDefault("d", 0) == 10);
        long detectionMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cutAt);

        assertThat(detectionMillis).isBetween(RouterFixture.DEAD.toMillis() - 50, 3000L);
        assertThat(lastPathAfterExchange()).containsExactly("a", "c", "d");
        Await.until("a-b comes back after reconnect", () -> a.routeCosts().getOrDefault("d", 0) == 2);
    }

    private List<String> lastPathAfterExchange() throws Exception {
        int before = a.flowRecords().size();
        assertThat(BlockingClient.exchange(port, "ping".getBytes())).isEqualTo("ping".getBytes());
        Await.until("flow finished", () -> a.flowRecords().stream().filter(f -> !f.isActive()).count() > before);
        List<FlowRecord> finished = a.flowRecords().stream().filter(f -> !f.isActive()).toList();
        return finished.get(finished.size() - 1).path();
    }
}
