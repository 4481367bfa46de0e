package org.skupperdesigner.router.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.observe.FlowOutcome;
import org.skupperdesigner.router.observe.FlowRecord;
import org.skupperdesigner.router.testing.Await;
import org.skupperdesigner.router.testing.BlockingClient;
import org.skupperdesigner.router.testing.EchoServer;
import org.skupperdesigner.router.testing.HeldConnection;
import org.skupperdesigner.router.testing.RouterFixture;
import org.skupperdesigner.router.testing.TestPki;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ThreeSitesInLineTest {
    private static final TestPki PKI = new TestPki("network-ca");
    @RegisterExtension
    final RouterFixture fixture = new RouterFixture(PKI);

    @Test
    void flowCrossesTheMiddleRouterAndHalfCloseTravelsEndToEnd() throws Exception {
        EchoServer echo = fixture.track(new EchoServer());
        RouterRuntime a = fixture.interior("a");
        RouterRuntime b = fixture.interior("b");
        RouterRuntime c = fixture.interior("c");
        RouterFixture.link(a, b, 2);
        RouterFixture.link(b, c, 3);
        RouterFixture.connect(c, "echo", "echo", echo.port());
        int port = RouterFixture.listen(a, "echo", "echo");
        Await.until("listener open", () -> a.isListenerOpen("echo"));
        assertThat(a.routeCosts()).containsEntry("b", 2).containsEntry("c", 5);

        byte[] payload = new byte[200_000];
        new java.util.Random(7).nextBytes(payload);
        assertThat(BlockingClient.exchange(port, payload)).isEqualTo(payload); // EOF arrives only via half-close

        Await.until("flow finished", () -> a.flowRecords().stream().anyMatch(f -> !f.isActive()));
        FlowRecord flow = a.flowRecords().get(0);
        assertThat(flow.path()).containsExactly("a", "b", "c");
        assertThat(flow.outcome()).isEqualTo(FlowOutcome.COMPLETED);
        assertThat(b.counters().links()).containsKey("inter-router/a");
        Await.until("transit streams closed", () -> b.counters().links().get("inter-router/a").closed() == 1);
        assertThat(b.counters().links().get("inter-router/a").bytesIn()).isEqualTo(payload.length);
    }

    @Test
    void connectionsThatCrossALostLinkAreReset() throws Exception {
        EchoServer echo = fixture.track(new EchoServer("hi"));
        RouterRuntime a = fixture.interior("a");
        RouterRuntime b = fixture.interior("b");
        RouterRuntime c = fixture.interior("c");
        RouterFixture.link(a, b, 1);
        RouterFixture.link(b, c, 1);
        RouterFixture.connect(c, "echo", "echo", echo.port());
        int port = RouterFixture.listen(a, "echo", "echo");
        Await.until("listener open", () -> a.isListenerOpen("echo"));

        try (HeldConnection held = new HeldConnection(port)) {
            assertThat(held.greeting(2)).isEqualTo("hi");
            b.removeOutgoingLink("b-to-c");
            assertThat(held.awaitEnd()).containsIgnoringCase("reset");
        }
        Await.until("flow reset recorded", () -> a.flowRecords().stream()
                .anyMatch(f -> f.outcome() == FlowOutcome.LINK_LOST));
        Await.until("listener closes: no connector reachable", () -> !a.isListenerOpen("echo"));
    }
}
