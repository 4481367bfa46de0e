package org.skupperdesigner.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.router.Transport;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.testing.TestNetworks;
import org.skupperdesigner.simulator.trace.Trace;
import org.skupperdesigner.simulator.trace.TraceStep;
import org.skupperdesigner.simulator.trace.TraceStep.Kind;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TraceTest {
    @Test
    void oneConnectionIsFollowedFromListenerOverTheLinkToTheWorkload() throws Exception {
        Network design = TestNetworks.example("hello-world.skupper-design.yaml")
                .withSimulation(TestNetworks.workloads(Map.of("east/backend", Map.of("type", "http-hello"))));
        try (Simulation sim = Simulation.start(design, SimulationOptions.fast().withTransport(Transport.LOCAL))) {
            assertThat(sim.awaitReady(Duration.ofSeconds(10))).isTrue();

            Trace trace = sim.trace("west/backend", Duration.ofSeconds(5));

            assertThat(trace.outcome()).isEqualTo(RequestOutcome.OK);
            assertThat(trace.steps()).extracting(TraceStep::kind).containsExactly(Kind.CLIENT_CONNECT,
                    Kind.LISTENER_ACCEPT, Kind.ROUTING_DECISION, Kind.LINK_HOP, Kind.CONNECTOR_CONNECT, Kind.WORKLOAD,
                    Kind.RESPONSE, Kind.CLOSED);
            assertThat(trace.steps()).extracting(TraceStep::elementId).containsExactly("west/Listener/backend",
                    "site/west", "site/west", "link/east-to-west", "east/Connector/backend", "east/Connector/backend",
                    "west/Listener/backend", "site/west");
            assertThat(trace.steps().get(3).text()).contains("west -> east", "cost 1", "dialled by east");
            assertThat(trace.steps().get(2).text()).contains("east/backend at path cost 1");
            assertThat(trace.steps().get(5).text()).startsWith("http-hello east/backend reads");
            assertThat(trace.flow().sitePath()).containsExactly("west", "east");
            assertThat(trace.describe()).contains(" 1. CLIENT_CONNECT");
        }
    }

    @Test
    void aRefusedConnectionIsATraceWithAFailureStep() throws Exception {
        Network design = TestNetworks.example("hello-world.skupper-design.yaml");
        try (Simulation sim = Simulation.start(design, SimulationOptions.fast().withTransport(Transport.LOCAL))) {
            assertThat(sim.awaitReady(Duration.ofSeconds(10))).isTrue();
            sim.faults().stopSite("east");
            org.skupperdesigner.simulator.testing.Clients.await("listener closed", Duration.ofSeconds(5),
                    () -> !sim.snapshot().listeners().get(0).open());

            Trace trace = sim.trace("west/backend", Duration.ofSeconds(2));

            assertThat(trace.outcome()).isEqualTo(RequestOutcome.REFUSED);
            assertThat(trace.steps()).extracting(TraceStep::kind).containsExactly(Kind.CLIENT_CONNECT, Kind.FAILURE);
            assertThat(trace.steps().get(1).text()).contains("no connector for 'backend' is reachable");
        }
    }
}
