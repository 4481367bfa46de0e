package org.skupperdesigner.router.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.observe.FlowOutcome;
import org.skupperdesigner.router.observe.FlowRecord;
import org.skupperdesigner.router.observe.RouterEvent;
import org.skupperdesigner.router.testing.Await;
import org.skupperdesigner.router.testing.BlockingClient;
import org.skupperdesigner.router.testing.EchoServer;
import org.skupperdesigner.router.testing.RouterFixture;
import org.skupperdesigner.router.testing.TestPki;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TwoSitesTest {
    private static final TestPki PKI = new TestPki("network-ca");
    @RegisterExtension
    final RouterFixture fixture = new RouterFixture(PKI);

    @Test
    void clientReachesConnectorOnOtherSiteOverMutualTls() throws Exception {
        EchoServer echo = fixture.track(new EchoServer());
        RouterRuntime a = fixture.interior("a");
        RouterRuntime b = fixture.interior("b");
        int port = RouterFixture.listen(a, "echo-listener", "echo");
        RouterFixture.connect(b, "echo-connector", "echo", echo.port());
        RouterFixture.link(a, b, 1);

        Await.until("listener open", () -> a.isListenerOpen("echo-listener"));
        byte[] reply = BlockingClient.exchange(port, "hello through two routers".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(reply, StandardCharsets.UTF_8)).isEqualTo("hello through two routers");
        Await.until("flow recorded", () -> a.flowRecords().stream().anyMatch(f -> !f.isActive()));
        FlowRecord flow = a.flowRecords().get(0);
        assertThat(flow.outcome()).isEqualTo(FlowOutcome.COMPLETED);
        assertThat(flow.path()).containsExactly("a", "b");
        assertThat(flow.connectorRouter()).isEqualTo("b");
        assertThat(flow.connectorName()).isEqualTo("echo-connector");
        assertThat(flow.bytesClientToServer()).isEqualTo(25);
        assertThat(flow.bytesServerToClient()).isEqualTo(25);
        assertThat(a.counters().listeners().get("echo-listener").opened()).isEqualTo(1);
        Await.until("connector counted", () -> b.counters().connectors().get("echo-connector").closed() == 1);
        assertThat(b.counters().connectors().get("echo-connector").bytesOut()).isEqualTo(25);
        assertThat(a.routeCosts()).containsEntry("b", 1);
        assertThat(fixture.events).anyMatch(e -> e instanceof RouterEvent.LinkUp up && up.routerId().equals("a"));
        Await.until("flow events", () -> fixture.events.stream().anyMatch(e -> e instanceof RouterEvent.FlowClosed));
    }

    @Test
    void localConnectorServesListenerOnSameRouter() throws Exception {
        EchoServer echo = fixture.track(new EchoServer());
        RouterRuntime a = fixture.interior("a");
        RouterFixture.connect(a, "local", "svc", echo.port());
        int port = RouterFixture.listen(a, "l", "svc");
        Await.until("listener open", () -> a.isListenerOpen("l"));

        assertThat(BlockingClient.exchange(port, new byte[] {1, 2, 3})).containsExactly(1, 2, 3);
        Await.until("flow done", () -> a.flowRecords().stream().anyMatch(f -> f.outcome() == FlowOutcome.COMPLETED));
        assertThat(a.flowRecords().get(0).path()).containsExactly("a");
    }
}
