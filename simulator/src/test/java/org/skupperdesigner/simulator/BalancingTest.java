package org.skupperdesigner.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.router.Transport;
import org.skupperdesigner.simulator.metrics.WindowStats;
import org.skupperdesigner.simulator.testing.Clients;
import org.skupperdesigner.simulator.testing.TestNetworks;
import org.skupperdesigner.simulator.traffic.Protocol;
import org.skupperdesigner.simulator.traffic.TrafficGenerator;
import org.skupperdesigner.simulator.traffic.TrafficSpec;

/** Balancing follows the router's algorithm (reference E.2), seen through the per-connector share. */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class BalancingTest {
    private static final Map<String, Object> SLOW_HELLO = TestNetworks.workloads(Map.of(
            "east/backend", Map.of("type", "http-hello", "delay", "20ms"),
            "north/backend", Map.of("type", "http-hello", "delay", "20ms"),
            "west/local", Map.of("type", "http-hello", "delay", "20ms")));

    private static WindowStats run(Simulation sim, TrafficSpec spec, Duration duration) throws Exception {
        assertThat(sim.awaitReady(Duration.ofSeconds(10))).as(sim.notReady().toString()).isTrue();
        TrafficGenerator generator = sim.traffic().start("west/backend", spec.withDuration(duration));
        assertThat(generator.awaitIdle(duration.toMillis() + 10_000, TimeUnit.MILLISECONDS)).isTrue();
        Clients.await("flow records", Duration.ofSeconds(5), () -> sim.listenerMetrics("west/backend")
                .window(0, Long.MAX_VALUE).served() >= generator.completed() - generator.failed());
        return sim.listenerMetrics("west/backend").window(0, Long.MAX_VALUE);
    }

    @Test
    void concurrentConnectionsSpreadOverTwoEqualCostConnectors() throws Exception {
        try (Simulation sim = Simulation.start(TestNetworks.twoBackends(1, 1, SLOW_HELLO),
                SimulationOptions.fast().withTransport(Transport.LOCAL))) {
            WindowStats stats = run(sim, TrafficSpec.DEFAULT.withProtocol(Protocol.HTTP).withRate(0)
                    .withConcurrency(6), Duration.ofSeconds(2));

            assertThat(stats.errors()).isZero();
            assertThat(stats.servedByMatching("east")).as(stats.servedBy().toString())
                    .isGreaterThan(stats.served() / 4);
            assertThat(stats.servedByMatching("north")).as(stats.servedBy().toString())
                    .isGreaterThan(stats.served() / 4);
        }
    }

    @Test
    void spacedConnectionsAlwaysGoToTheFirstCheapestDestination() throws Exception {
        try (Simulation sim = Simulation.start(TestNetworks.twoBackends(1, 1, SLOW_HELLO),
                SimulationOptions.fast().withTransport(Transport.LOCAL))) {
            // 10/s one at a time: each connection has closed at the router before the next one arrives
            WindowStats stats = run(sim, TrafficSpec.DEFAULT.withProtocol(Protocol.HTTP).withRate(10)
                    .withConcurrency(1), Duration.ofSeconds(1));

            assertThat(stats.servedBy()).as("nothing in flight: ties go to the first remote in router order")
                    .hasSize(1);
        }
    }

    @Test
    void anIdleLocalConnectorWinsOverRemoteOnes() throws Exception {
        Network design = TestNetworks.twoBackends(1, 1, SLOW_HELLO);
        design = design.withSite(TestNetworks.withConnector(design.site("west").orElseThrow(), "local", "backend",
                8080));
        try (Simulation sim = Simulation.start(design, SimulationOptions.fast().withTransport(Transport.LOCAL))) {
            WindowStats stats = run(sim, TrafficSpec.DEFAULT.withProtocol(Protocol.HTTP).withRate(0)
                    .withConcurrency(1), Duration.ofSeconds(1));

            assertThat(stats.servedBy().keySet()).containsExactly("west/local");
        }
    }
}
