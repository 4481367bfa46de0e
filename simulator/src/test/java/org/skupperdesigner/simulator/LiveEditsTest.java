package org.skupperdesigner.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.router.Transport;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.testing.Clients;
import org.skupperdesigner.simulator.testing.TestNetworks;
import org.skupperdesigner.simulator.traffic.OneShotClient;
import org.skupperdesigner.simulator.traffic.Protocol;

/** Design edits applied to a running network, without restarting it. */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class LiveEditsTest {
    private static final Map<String, Object> HELLO = TestNetworks.workloads(Map.of(
            "east/backend", Map.of("type", "http-hello"), "north/backend", Map.of("type", "http-hello")));

    private static Simulation start(Network network) throws InterruptedException {
        Simulation sim = Simulation.start(network, SimulationOptions.fast().withTransport(Transport.LOCAL));
        assertThat(sim.awaitReady(Duration.ofSeconds(10))).as(sim.notReady().toString()).isTrue();
        return sim;
    }

    private static String servedBy(Clients clients, Simulation sim) throws Exception {
        OneShotClient.Result r = clients.send(sim, "west/backend", Protocol.HTTP, 100);
        assertThat(r.outcome()).isEqualTo(RequestOutcome.OK);
        return r.servedBy();
    }

    @Test
    void removingTheOnlyConnectorClosesTheListenerAndAddingItBackReopensIt() throws Exception {
        Network design = TestNetworks.example("hello-world.skupper-design.yaml");
        try (Simulation sim = start(design); Clients clients = new Clients()) {
            Network without = design.updateSite("east", s -> s.withoutResource(ResourceKind.CONNECTOR, "backend"));

            List<String> changes = sim.apply(without);

            assertThat(changes).containsExactly("removed connector east/backend");
            Clients.await("listener closed", Duration.ofSeconds(5), () -> !sim.snapshot().listeners().get(0).open());
            assertThat(clients.send(sim, "west/backend", Protocol.TCP, 10).outcome()).isEqualTo(RequestOutcome.REFUSED);

            assertThat(sim.apply(design)).containsExactly("added connector east/backend (routing key backend, echo)");
            assertThat(sim.awaitReady(Duration.ofSeconds(5))).isTrue();
            assertThat(clients.send(sim, "west/backend", Protocol.TCP, 10).outcome()).isEqualTo(RequestOutcome.OK);
        }
    }

    @Test
    void anUnchangedDesignChangesNothing() throws Exception {
        Network design = TestNetworks.example("hello-world.skupper-design.yaml");
        try (Simulation sim = start(design)) {
            assertThat(sim.apply(design)).isEmpty();
        }
    }

    @Test
    void raisingALinkCostMovesNewConnectionsToTheCheaperPath() throws Exception {
        Network design = TestNetworks.twoBackends(1, 5, HELLO);
        try (Simulation sim = start(design); Clients clients = new Clients()) {
            assertThat(servedBy(clients, sim)).isEqualTo("east/backend");

            sim.apply(design.withLink(design.link("east-to-west").orElseThrow().withCost(10)));

            Clients.await("routes follow the new cost", Duration.ofSeconds(5), () -> sim.notReady().isEmpty());
            assertThat(servedBy(clients, sim)).isEqualTo("north/backend");
        }
    }

    @Test
    void aListenerAddedLiveGetsALoopbackPortAndCarriesTraffic() throws Exception {
        Network design = TestNetworks.example("hello-world.skupper-design.yaml");
        try (Simulation sim = start(design); Clients clients = new Clients()) {
            NetworkSite east = design.site("east").orElseThrow();
            Network edited = design.withSite(TestNetworks.withListener(east, "local-backend", "backend", 9090));

            assertThat(sim.apply(edited)).containsExactly("added listener east/local-backend (routing key backend)");

            assertThat(sim.listenerAddress("east/local-backend").port()).isPositive();
            assertThat(sim.awaitReady(Duration.ofSeconds(5))).isTrue();
            assertThat(clients.send(sim, "east/local-backend", Protocol.TCP, 1000).outcome())
                    .isEqualTo(RequestOutcome.OK);
        }
    }

    @Test
    void aSiteAddedLiveJoinsTheNetwork() throws Exception {
        Network design = TestNetworks.example("hello-world.skupper-design.yaml");
        try (Simulation sim = start(design); Clients clients = new Clients()) {
            NetworkSite south = TestNetworks.withListener(TestNetworks.interior("south"), "backend", "backend", 8080);
            Network edited = design.withSite(south).withLink(TestNetworks.link("south", "west", 1));

            List<String> changes = sim.apply(edited);

            assertThat(changes).contains("added site south", "added link south-to-west (cost 1)");
            assertThat(sim.awaitReady(Duration.ofSeconds(10))).as(sim.notReady().toString()).isTrue();
            assertThat(clients.send(sim, "south/backend", Protocol.TCP, 1000).outcome()).isEqualTo(RequestOutcome.OK);
        }
    }
}
