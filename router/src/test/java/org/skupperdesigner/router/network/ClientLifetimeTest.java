package org.skupperdesigner.router.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.testing.Await;
import org.skupperdesigner.router.testing.BlockingClient;
import org.skupperdesigner.router.testing.EchoServer;
import org.skupperdesigner.router.testing.RouterFixture;
import org.skupperdesigner.router.testing.TestPki;

/**
 * Clients that misbehave (vanish, half-close, send nothing, trickle one byte a second) hold router
 * resources only for their own lifetime: afterwards no flow, stream, socket or workload connection is left.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClientLifetimeTest {
    private static final TestPki PKI = new TestPki("network-ca");
    @RegisterExtension
    final RouterFixture fixture = new RouterFixture(PKI);
    private EchoServer echo;
    private RouterRuntime a;
    private RouterRuntime b;
    private int port;
    private int channelsA;
    private int channelsB;

    @BeforeEach
    void twoSites() {
        echo = fixture.track(new EchoServer());
        a = fixture.interior("a");
        b = fixture.interior("b");
        RouterFixture.link(a, b, 1);
        RouterFixture.connect(b, "echo", "echo", echo.port());
        port = RouterFixture.listen(a, "echo", "echo");
        Await.until("listener open", () -> a.isListenerOpen("echo"));
        channelsA = a.openChannelCount();
        channelsB = b.openChannelCount();
    }

    private void assertEverythingReleased() {
        Await.until("flows, streams and sockets released", Duration.ofSeconds(15), () ->
                a.counters().router().inFlight() == 0 && a.streams().isEmpty() && b.streams().isEmpty()
                        && a.openChannelCount() == channelsA && b.openChannelCount() == channelsB
                        && echo.openConnections() == 0);
        assertThat(a.links()).allMatch(link -> link.streams() == 0);
    }

    @Test
    void clientsThatConnectAndVanishLeaveNothingBehind() throws Exception {
        for (int i = 0; i < 20; i++) {
            Socket reset = new Socket();
            reset.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            reset.setSoLinger(true, 0); // close sends RST
            reset.close();
            Socket gone = new Socket();
            gone.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            gone.close(); // FIN at once, often before the far end is even connected
        }
        assertEverythingReleased();
    }

    @Test
    void aHalfClosingClientGetsTheWholeEchoAndThenEverythingIsReleased() throws Exception {
        byte[] request = "half-close me".getBytes(StandardCharsets.US_ASCII);
        assertThat(BlockingClient.exchange(port, request)).isEqualTo(request);
        assertEverythingReleased();
    }

    @Test
    void aClientThatSendsNothingIsAnsweredWithNothingAndReleased() throws Exception {
        assertThat(BlockingClient.exchange(port, new byte[0])).isEmpty();
        try (Socket silent = new Socket()) {
            silent.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            Await.until("flow open", () -> a.counters().router().inFlight() == 1);
        }
        assertEverythingReleased();
    }

    @Test
    void aClientTricklingOneBytePerSecondHoldsItsFlowOnlyWhileConnected() throws Exception {
        try (Socket slow = new Socket()) {
            slow.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            slow.setSoTimeout(10_000);
            OutputStream out = slow.getOutputStream();
            InputStream in = slow.getInputStream();
            for (int i = 0; i < 3; i++) {
                out.write('a' + i);
                out.flush();
                assertThat(in.read()).isEqualTo('a' + i);
                assertThat(a.counters().router().inFlight()).isEqualTo(1);
                Thread.sleep(1000);
            }
        } // vanishes mid-conversation
        assertEverythingReleased();
    }
}
