package org.skupperdesigner.router.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.observe.FlowOutcome;
import org.skupperdesigner.router.observe.RouterEvent;
import org.skupperdesigner.router.testing.Await;
import org.skupperdesigner.router.testing.BlockingClient;
import org.skupperdesigner.router.testing.EchoServer;
import org.skupperdesigner.router.testing.RouterFixture;
import org.skupperdesigner.router.testing.TestPki;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ListenerAvailabilityTest {
    private static final TestPki PKI = new TestPki("network-ca");
    @RegisterExtension
    final RouterFixture fixture = new RouterFixture(PKI);

    @Test
    void listenerClosesWhenItsLastConnectorDisappearsAndReopensWhenOneReturns() throws Exception {
        EchoServer echo = fixture.track(new EchoServer());
        RouterRuntime a = fixture.interior("a");
        RouterRuntime b = fixture.interior("b");
        RouterFixture.link(a, b, 1);
        int port = RouterFixture.listen(a, "svc", "svc");
        assertThat(a.isListenerOpen("svc")).isFalse();
        assertThat(BlockingClient.accepts(port)).as("nothing listens before a connector exists").isFalse();

        RouterFixture.connect(b, "c1", "svc", echo.port());
        Await.until("opened", () -> a.isListenerOpen("svc"));
        assertThat(BlockingClient.exchange(port, "1".getBytes())).isEqualTo("1".getBytes());

        b.removeConnector("c1");
        Await.until("closed", () -> !a.isListenerOpen("svc"));
        assertThat(BlockingClient.accepts(port)).isFalse();

        RouterFixture.connect(b, "c2", "svc", echo.port());
        Await.until("reopened", () -> a.isListenerOpen("svc"));
        assertThat(a.listenerPort("svc")).isEqualTo(port);
        assertThat(BlockingClient.exchange(port, "2".getBytes())).isEqualTo("2".getBytes());
        assertThat(fixture.events).filteredOn(e -> e instanceof RouterEvent.ListenerStateChanged)
                .extracting(e -> ((RouterEvent.ListenerStateChanged) e).open())
                .containsSubsequence(true, false, true);
    }

    @Test
    void targetThatRefusesIsReportedToTheClientAsResetAndCounted() throws Exception {
        int deadPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            deadPort = probe.getLocalPort(); // closed again: connections there are refused
        }
        RouterRuntime a = fixture.interior("a");
        RouterRuntime b = fixture.interior("b");
        RouterFixture.link(a, b, 1);
        RouterFixture.connect(b, "nobody-home", "svc", deadPort);
        int port = RouterFixture.listen(a, "svc", "svc");
        Await.until("opened", () -> a.isListenerOpen("svc"));

        assertThatThrownBy(() -> BlockingClient.exchange(port, "x".getBytes()))
                .isInstanceOf(IOException.class).hasMessageContaining("reset");
        Await.until("failure counted", () -> a.counters().listeners().get("svc").failed() == 1);
        assertThat(b.counters().connectors().get("nobody-home").failed()).isEqualTo(1);
        assertThat(a.flowRecords()).singleElement()
                .satisfies(flow -> assertThat(flow.outcome()).isEqualTo(FlowOutcome.TARGET_REFUSED));
        assertThat(a.isListenerOpen("svc")).as("a refusing target stays a destination").isTrue();
    }
}
