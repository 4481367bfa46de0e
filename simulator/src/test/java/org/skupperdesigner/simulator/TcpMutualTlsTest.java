package org.skupperdesigner.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skupperdesigner.router.Transport;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.testing.Clients;
import org.skupperdesigner.simulator.testing.TestNetworks;
import org.skupperdesigner.simulator.traffic.Protocol;

/** The realistic transport: links are loopback TCP with mutual TLS from the simulation's network CA. */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class TcpMutualTlsTest {
    @Test
    void hubAndSpokeCarriesTrafficOverMutualTlsIncludingTheEdgeSite() throws Exception {
        try (Simulation sim = Simulation.start(TestNetworks.example("hub-and-spoke.skupper-design.yaml"),
                SimulationOptions.fast().withTransport(Transport.TCP));
             Clients clients = new Clients()) {
            assertThat(sim.options().tls()).isTrue();
            assertThat(sim.routerConfig("hub").tls()).isNotNull();
            assertThat(sim.routerConfig("store").mode().name()).isEqualTo("EDGE");
            assertThat(sim.awaitReady(Duration.ofSeconds(20))).as(sim.notReady().toString()).isTrue();

            for (String listener : new String[] {"spoke/database", "store/database", "hub/inventory"}) {
                assertThat(clients.send(sim, listener, Protocol.TCP, 20_000).outcome()).as(listener)
                        .isEqualTo(RequestOutcome.OK);
            }
            assertThat(sim.snapshot().links()).allMatch(l -> l.up() && l.bytesForward() > 0);
        }
    }

    @Test
    void inJvmLinksCanRunMutualTlsToo() throws Exception {
        try (Simulation sim = Simulation.start(TestNetworks.example("hello-world.skupper-design.yaml"),
                SimulationOptions.fast().withTransport(Transport.LOCAL).withLocalTls(true));
             Clients clients = new Clients()) {
            assertThat(sim.routerConfig("west").tls()).isNotNull();
            assertThat(sim.awaitReady(Duration.ofSeconds(20))).as(sim.notReady().toString()).isTrue();
            assertThat(clients.send(sim, "west/backend", Protocol.TCP, 10_000).outcome()).isEqualTo(RequestOutcome.OK);
        }
    }
}
