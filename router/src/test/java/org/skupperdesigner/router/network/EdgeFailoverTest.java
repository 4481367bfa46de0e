package org.skupperdesigner.router.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.observe.FlowRecord;
import org.skupperdesigner.router.observe.LinkStatus;
import org.skupperdesigner.router.testing.Await;
import org.skupperdesigner.router.testing.BlockingClient;
import org.skupperdesigner.router.testing.EchoServer;
import org.skupperdesigner.router.testing.RouterFixture;
import org.skupperdesigner.router.testing.TestPki;

/** An edge site behind two interior sites uses one uplink at a time and fails over to the other. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EdgeFailoverTest {
    private static final TestPki PKI = new TestPki("network-ca");
    @RegisterExtension
    final RouterFixture fixture = new RouterFixture(PKI);

    @Test
    void edgeClientsFailOverToTheOtherUplink() throws Exception {
        EchoServer echo = fixture.track(new EchoServer());
        RouterRuntime i1 = fixture.interior("i1");
        RouterRuntime i2 = fixture.interior("i2");
        RouterRuntime server = fixture.interior("server");
        RouterFixture.link(i1, server, 1);
        RouterFixture.link(i2, server, 1);
        RouterFixture.connect(server, "echo", "echo", echo.port());
        RouterRuntime edge = fixture.edge("edge");
        RouterFixture.uplink(edge, i1);
        RouterFixture.uplink(edge, i2);
        int port = RouterFixture.listen(edge, "echo", "echo");
        Await.until("edge listener open", () -> edge.isListenerOpen("echo"));
        Await.until("both uplinks up", () -> edge.links().size() == 2);

        String active = activeUplinkPeer(edge);
        assertThat(pathOfNewFlow(edge, port)).containsExactly("edge", active, "server");
        String other = active.equals("i1") ? "i2" : "i1";

        edge.removeOutgoingLink("edge-to-" + active);
        Await.until("failover", () -> other.equals(activeUplinkPeer(edge)));
        Await.until("listener still open", () -> edge.isListenerOpen("echo"));
        assertThat(pathOfNewFlow(edge, port)).containsExactly("edge", other, "server");
        assertThat(server.routeCosts()).doesNotContainKey("edge"); // edges are not routing nodes
    }

    @Test
    void connectorOnAnEdgeIsReachedThroughItsActiveUplinkOnly() throws Exception {
        EchoServer echo = fixture.track(new EchoServer());
        RouterRuntime i1 = fixture.interior("i1");
        RouterRuntime i2 = fixture.interior("i2");
        RouterFixture.link(i1, i2, 1);
        RouterRuntime edge = fixture.edge("edge");
        RouterFixture.uplink(edge, i1);
        RouterFixture.uplink(edge, i2);
        RouterFixture.connect(edge, "echo", "echo", echo.port());
        Await.until("both uplinks up", () -> edge.links().size() == 2);
        Await.until("one active uplink", () -> activeUplinkPeer(edge) != null);
        String active = activeUplinkPeer(edge);
        String other = active.equals("i1") ? "i2" : "i1";
        RouterRuntime ingress = other.equals("i1") ? i1 : i2;
        int port = RouterFixture.listen(ingress, "echo", "echo");
        Await.until("listener open", () -> ingress.isListenerOpen("echo"));

        // the inactive uplink is never used as a path: traffic goes through the active interior
        assertThat(pathOfNewFlow(ingress, port)).containsExactly(other, active, "edge");

        edge.removeOutgoingLink("edge-to-" + active);
        Await.until("failover", () -> other.equals(activeUplinkPeer(edge)));
        Await.until("direct path", () -> {
            try {
                return pathOfNewFlow(ingress, port).equals(List.of(other, "edge"));
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static String activeUplinkPeer(RouterRuntime edge) {
        return edge.links().stream().filter(LinkStatus::activeUplink).map(LinkStatus::peerRouterId).findFirst()
                .orElse(null);
    }

    private static List<String> pathOfNewFlow(RouterRuntime router, int port) throws Exception {
        int before = (int) router.flowRecords().stream().filter(f -> !f.isActive()).count();
        assertThat(BlockingClient.exchange(port, "x".getBytes())).isEqualTo("x".getBytes());
        Await.until("flow finished", () -> router.flowRecords().stream().filter(f -> !f.isActive()).count() > before);
        List<FlowRecord> finished = router.flowRecords().stream().filter(f -> !f.isActive()).toList();
        return finished.get(finished.size() - 1).path();
    }
}
