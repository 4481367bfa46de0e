package org.skupperdesigner.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.skupperdesigner.router.Transport;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.testing.Clients;
import org.skupperdesigner.simulator.testing.TestNetworks;
import org.skupperdesigner.simulator.traffic.OneShotClient;
import org.skupperdesigner.simulator.traffic.Protocol;

/**
 * The multi-key-failover example: checkout in the office prefers the payments key (aws) and fails over to
 * payments-dr (gcp, azure) when aws stops, and back when it returns.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MultiKeyListenerSimulationTest {

    private static final String CHECKOUT = "office/checkout";
    private static final Map<String, Object> HELLO = Map.of("type", "http-hello");
    private Simulation sim;
    private Clients clients;

    @BeforeEach
    void start() throws Exception {
        // HTTP hello workloads name the connector that answered
        sim = Simulation.start(TestNetworks.example("multi-key-failover.skupper-design.yaml").withSimulation(
                TestNetworks.workloads(Map.of("aws/payments", HELLO, "gcp/payments", HELLO, "azure/payments", HELLO))),
                SimulationOptions.fast().withTransport(Transport.LOCAL));
        clients = new Clients();
        assertThat(sim.awaitReady(Duration.ofSeconds(10))).as(sim.notReady().toString()).isTrue();
    }

    @AfterEach
    void stop() {
        clients.close();
        sim.close();
    }

    @Test
    void thePreferredKeyServesUntilItsSiteStopsThenTheDisasterRecoveryKeyDoes() throws Exception {
        assertThat(sim.diagnostics()).as("nothing left out of the simulation").isEmpty();
        assertThat(send().servedBy()).isEqualTo("aws/payments");
        Clients.await("both keys reported reachable", Duration.ofSeconds(10),
                () -> checkout().keysReachable().equals(List.of("payments", "payments-dr")));
        assertThat(checkout().keysServing()).containsExactly("payments");
        assertThat(checkout().multiKey()).isTrue();

        sim.faults().stopSite("aws");
        Clients.await("payments-dr takes new connections", Duration.ofSeconds(10),
                () -> sentServedBy().matches("(gcp|azure)/payments"));
        Clients.await("payments reported unreachable", Duration.ofSeconds(10),
                () -> checkout().keysReachable().equals(List.of("payments-dr")));
        assertThat(checkout().keysServing()).containsExactly("payments-dr");
        assertThat(checkout().open()).isTrue();

        sim.faults().startSite("aws");
        Clients.await("back to the preferred key", Duration.ofSeconds(10),
                () -> sentServedBy().equals("aws/payments"));
    }

    private SimulationSnapshot.ListenerState checkout() {
        return sim.snapshot().listeners().stream().filter(l -> l.address().listenerId().equals(CHECKOUT)).findFirst()
                .orElseThrow();
    }

    private OneShotClient.Result send() throws Exception {
        OneShotClient.Result result = clients.send(sim, CHECKOUT, Protocol.HTTP, 100);
        assertThat(result.outcome()).isEqualTo(RequestOutcome.OK);
        return result;
    }

    private String sentServedBy() {
        try {
            OneShotClient.Result result = clients.send(sim, CHECKOUT, Protocol.HTTP, 100);
            return result.outcome() == RequestOutcome.OK ? String.valueOf(result.servedBy()) : "";
        } catch (Exception e) {
            return "";
        }
    }
}
