package org.skupperdesigner.router.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.testing.Await;
import org.skupperdesigner.router.testing.EchoServer;
import org.skupperdesigner.router.testing.HeldConnection;
import org.skupperdesigner.router.testing.RouterFixture;
import org.skupperdesigner.router.testing.TestPki;

/** Two connectors for one key, as Skupper balances them (reference E.2). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BalancingTest {
    private static final TestPki PKI = new TestPki("network-ca");
    @RegisterExtension
    final RouterFixture fixture = new RouterFixture(PKI);

    @Test
    void idleLocalConnectorFirstThenLeastInFlightPlusCost() throws Exception {
        EchoServer local = fixture.track(new EchoServer("L"));
        EchoServer remote = fixture.track(new EchoServer("R"));
        RouterRuntime a = fixture.interior("a");
        RouterRuntime b = fixture.interior("b");
        RouterFixture.link(a, b, 1);
        RouterFixture.connect(a, "local", "svc", local.port());
        RouterFixture.connect(b, "remote", "svc", remote.port());
        int port = RouterFixture.listen(a, "svc", "svc");
        Await.until("remote connector known", () -> a.routeCosts().containsKey("b")
                && a.reachableKeys().contains("svc"));

        List<HeldConnection> open = new ArrayList<>();
        StringBuilder targets = new StringBuilder();
        try {
            for (int i = 0; i < 8; i++) {
                HeldConnection connection = new HeldConnection(port);
                open.add(connection);
                targets.append(connection.greeting(1)); // the flow is fully connected before the next one
            }
        } finally {
            for (HeldConnection connection : open) {
                connection.close();
            }
        }
        // local value = open connections; remote value = in flight via b + cost 1; local wins ties
        // L(0 idle) L(1 vs 0+1 tie) R(2 vs 1) L(2 vs 2) R(3 vs 2) L(3 vs 3) R(4 vs 3) L(4 vs 4)
        assertThat(targets.toString()).isEqualTo("LLRLRLRL");
    }

    @Test
    void busyLocalConnectorAtCapacityLosesToAnyRemote() throws Exception {
        EchoServer local = fixture.track(new EchoServer("L"));
        EchoServer remote = fixture.track(new EchoServer("R"));
        RouterRuntime a = fixture.interior("a");
        RouterRuntime b = fixture.interior("b");
        RouterFixture.link(a, b, 50);
        RouterFixture.connect(a, "local", "svc", local.port());
        RouterFixture.connect(b, "remote", "svc", remote.port());
        int port = RouterFixture.listen(a, "svc", "svc");
        Await.until("remote connector known", () -> a.routeCosts().containsKey("b")
                && a.reachableKeys().contains("svc"));

        List<HeldConnection> open = new ArrayList<>();
        StringBuilder targets = new StringBuilder();
        try {
            for (int i = 0; i < 7; i++) {
                HeldConnection connection = new HeldConnection(port);
                open.add(connection);
                targets.append(connection.greeting(1));
            }
        } finally {
            for (HeldConnection connection : open) {
                connection.close();
            }
        }
        // cost 50 keeps traffic local until the local connector holds 5 (its capacity): then remote wins
        assertThat(targets.toString()).isEqualTo("LLLLLRR");
    }

    @Test
    void idleLocalConnectorsTakeTurns() throws Exception {
        EchoServer one = fixture.track(new EchoServer("1"));
        EchoServer two = fixture.track(new EchoServer("2"));
        RouterRuntime a = fixture.interior("a");
        RouterFixture.connect(a, "one", "svc", one.port());
        RouterFixture.connect(a, "two", "svc", two.port());
        int port = RouterFixture.listen(a, "svc", "svc");
        Await.until("listener open", () -> a.isListenerOpen("svc"));

        StringBuilder targets = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            try (HeldConnection connection = new HeldConnection(port)) {
                targets.append(connection.greeting(1));
            }
            Await.until("flow closed", () -> a.counters().router().inFlight() == 0);
        }
        assertThat(targets.toString()).isIn("1212", "2121");
    }
}
