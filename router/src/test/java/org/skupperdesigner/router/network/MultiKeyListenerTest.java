package org.skupperdesigner.router.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.config.KeyStrategy;
import org.skupperdesigner.router.config.TcpListenerConfig;
import org.skupperdesigner.router.testing.Await;
import org.skupperdesigner.router.testing.EchoServer;
import org.skupperdesigner.router.testing.HeldConnection;
import org.skupperdesigner.router.testing.RouterFixture;
import org.skupperdesigner.router.testing.TestPki;

/** A multi-key listener chooses each connection's routing key, then balances as usual (reference B.9). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MultiKeyListenerTest {
    private static final TestPki PKI = new TestPki("network-ca");
    @RegisterExtension
    final RouterFixture fixture = new RouterFixture(PKI);

    @Test
    void priorityUsesTheFirstReachableKeyAndFailsOverAndBack() throws Exception {
        EchoServer primary = fixture.track(new EchoServer("P"));
        EchoServer backup = fixture.track(new EchoServer("B"));
        RouterRuntime office = fixture.interior("office");
        RouterRuntime dr = fixture.interior("dr");
        RouterFixture.link(office, dr, 1);
        RouterFixture.connect(dr, "backup", "orders-dr", backup.port());
        int port = office.addListener(TcpListenerConfig.multiKey("checkout",
                KeyStrategy.priority(List.of("orders", "orders-dr")), "127.0.0.1", 0));
        Await.until("the backup key reachable", () -> office.reachableKeys().contains("orders-dr")
                && office.isListenerOpen("checkout"));

        assertThat(greeting(port)).as("only the backup key has a connector").isEqualTo("B");
        RouterFixture.connect(office, "primary", "orders", primary.port());
        Await.until("the primary key reachable", () -> office.reachableKeys().contains("orders"));
        assertThat(greeting(port) + greeting(port)).as("the first key wins while reachable").isEqualTo("PP");
        office.removeConnector("primary");
        Await.until("the primary key gone", () -> !office.reachableKeys().contains("orders"));
        assertThat(greeting(port)).as("failed over").isEqualTo("B");
        assertThat(office.flowRecords()).extracting(r -> r.routingKey())
                .contains("orders", "orders-dr");
    }

    @Test
    void weightedSpreadsNewConnectionsOverReachableKeysByWeight() throws Exception {
        EchoServer heavy = fixture.track(new EchoServer("H"));
        EchoServer light = fixture.track(new EchoServer("L"));
        RouterRuntime a = fixture.interior("a");
        RouterFixture.connect(a, "heavy", "heavy", heavy.port());
        RouterFixture.connect(a, "light", "light", light.port());
        int port = a.addListener(TcpListenerConfig.multiKey("spread",
                KeyStrategy.weighted(Map.of("heavy", 3L, "light", 1L)), "127.0.0.1", 0));
        Await.until("both keys reachable", () -> a.reachableKeys().containsAll(List.of("heavy", "light"))
                && a.isListenerOpen("spread"));

        int heavyCount = 0;
        int rounds = 200;
        for (int i = 0; i < rounds; i++) {
            heavyCount += greeting(port).equals("H") ? 1 : 0;
        }
        // 3:1 by weight: 150 expected; 110..190 holds with overwhelming probability (sd about 6)
        assertThat(heavyCount).isBetween(110, 190);
    }

    @Test
    void aListenerWithNoReachableKeyRefusesConnectionsLikeAnyListener() throws Exception {
        RouterRuntime a = fixture.interior("a");
        a.addListener(TcpListenerConfig.multiKey("nothing", KeyStrategy.priority(List.of("x", "y")), "127.0.0.1", 0));
        EchoServer y = fixture.track(new EchoServer("Y"));
        assertThat(a.isListenerOpen("nothing")).isFalse();
        RouterFixture.connect(a, "y", "y", y.port());
        Await.until("open once a key has a connector", () -> a.isListenerOpen("nothing"));
    }

    private static String greeting(int port) throws Exception {
        try (HeldConnection connection = new HeldConnection(port)) {
            return connection.greeting(1);
        }
    }
}
