package org.skupperdesigner.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.router.Transport;
import org.skupperdesigner.simulator.controller.NetworkPlan;
import org.skupperdesigner.simulator.controller.Reachability;
import org.skupperdesigner.simulator.event.FlowView;
import org.skupperdesigner.simulator.event.SimulationEvent;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.settings.SimulationSettings;
import org.skupperdesigner.simulator.testing.Clients;
import org.skupperdesigner.simulator.testing.TestNetworks;
import org.skupperdesigner.simulator.traffic.OneShotClient;
import org.skupperdesigner.simulator.traffic.Protocol;
import org.skupperdesigner.simulator.workload.WorkloadSpec;

/**
 * Done-when of the simulator issue: every bundled example simulates, and traffic through each listener
 * reaches a connector of its routing key and comes back byte for byte (every workload forced to echo).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExamplesSimulateTest {

    static Stream<Path> examples() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestNetworks.examples())) {
            files.filter(p -> p.getFileName().toString().endsWith(".skupper-design.yaml")).sorted().forEach(all::add);
        }
        try (Stream<Path> files = Files.list(TestNetworks.examples().resolve("scenarios"))) {
            files.filter(p -> p.getFileName().toString().endsWith(".skupper-design.yaml")).sorted().forEach(all::add);
        }
        all.add(TestNetworks.examples().resolve("hello-world-yaml"));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyListenerReachesAMatchingConnectorByteForByte(Path example) throws Exception {
        Network network = TestNetworks.load(example);
        SimulationSettings echoEverywhere = new SimulationSettings(WorkloadSpec.DEFAULT,
                SimulationSettings.DEFAULTS.defaultTraffic(), java.util.Map.of(), java.util.Map.of());
        try (Simulation sim = Simulation.start(network, echoEverywhere, SimulationOptions.fast()
                .withTransport(Transport.LOCAL), List.of());
             Clients clients = new Clients();
             var flows = sim.subscribe(10_000, e -> e instanceof SimulationEvent.FlowEnded)) {
            assertThat(sim.awaitReady(Duration.ofSeconds(15))).as("ready: " + sim.notReady()).isTrue();
            NetworkPlan plan = sim.plan();
            List<NetworkPlan.ListenerPlan> reachable = new Reachability(plan, id -> true).openListeners(plan);
            assertThat(reachable).as("listeners with a reachable connector").isNotEmpty();
            for (NetworkPlan.ListenerPlan listener : reachable) {
                OneShotClient.Result result = clients.send(sim, listener.listenerId(), Protocol.TCP, 64 * 1024 + 17);

                assertThat(result.outcome()).as(example.getFileName() + " " + listener.listenerId())
                        .isEqualTo(RequestOutcome.OK);
                assertThat(result.wireBytesReceived()).isEqualTo(64 * 1024 + 17);
            }
            Clients.await("flow records", Duration.ofSeconds(5), () -> flowsOf(sim, flows.drain(), reachable.size()));
        }
    }

    private final List<FlowView> seen = new ArrayList<>();

    private boolean flowsOf(Simulation sim, List<SimulationEvent> batch, int expected) {
        batch.forEach(e -> seen.add(((SimulationEvent.FlowEnded) e).flow()));
        if (seen.size() < expected) {
            return false;
        }
        for (FlowView flow : seen) {
            String connectorKey = sim.plan().connector(flow.connectorId()).orElseThrow().routingKey();
            assertThat(connectorKey).as("connector serving " + flow.listenerId()).isEqualTo(flow.routingKey());
        }
        return true;
    }
}
