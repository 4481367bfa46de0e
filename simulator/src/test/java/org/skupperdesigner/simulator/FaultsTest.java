package org.skupperdesigner.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skupperdesigner.router.Transport;
import org.skupperdesigner.simulator.event.SimulationEvent;
import org.skupperdesigner.simulator.fault.LinkCondition;
import org.skupperdesigner.simulator.fault.LinkShape;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.testing.Clients;
import org.skupperdesigner.simulator.testing.TestNetworks;
import org.skupperdesigner.simulator.traffic.OneShotClient;
import org.skupperdesigner.simulator.traffic.Protocol;

/** Faults on hello-world (west listens, east serves, east dials west over link east-to-west). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FaultsTest {
    private static final String LISTENER = "west/backend";
    private static final String LINK = "east-to-west";
    private Simulation sim;
    private Clients clients;
    private EventCollector events;

    @BeforeEach
    void start() throws Exception {
        sim = Simulation.start(TestNetworks.example("hello-world.skupper-design.yaml"),
                SimulationOptions.fast().withTransport(Transport.LOCAL));
        clients = new Clients();
        events = new EventCollector(sim);
        assertThat(sim.awaitReady(Duration.ofSeconds(10))).as(sim.notReady().toString()).isTrue();
    }

    @AfterEach
    void stop() {
        events.close();
        clients.close();
        sim.close();
    }

    private OneShotClient.Result send(long size) throws Exception {
        return clients.send(sim, LISTENER, Protocol.TCP, size);
    }

    private boolean open() {
        return sim.snapshot().listeners().get(0).open();
    }

    @Test
    void cuttingTheOnlyLinkClosesTheListenerAndRestoringReopensIt() throws Exception {
        sim.faults().cutLink("link/" + LINK);

        Clients.await("listener closed", Duration.ofSeconds(5), () -> !open());
        assertThat(send(100).outcome()).isEqualTo(RequestOutcome.REFUSED);
        assertThat(events.linkStates(LINK)).contains(SimulationEvent.LinkState.DOWN);

        sim.faults().restoreLink(LINK);
        assertThat(sim.awaitReady(Duration.ofSeconds(10))).isTrue();
        assertThat(send(100).outcome()).isEqualTo(RequestOutcome.OK);
        assertThat(events.faults()).containsExactly("link/" + LINK + " cut true", "link/" + LINK + " cut false");
    }

    @Test
    void aSilentLinkIsOnlyNoticedAfterTheDeadInterval() throws Exception {
        long before = System.nanoTime();
        sim.faults().silenceLink(LINK);

        assertThat(sim.faults().linkCondition(LINK)).isEqualTo(LinkCondition.SILENT);
        Clients.await("listener closed", Duration.ofSeconds(5), () -> !open());
        long detectedMillis = (System.nanoTime() - before) / 1_000_000;
        assertThat(detectedMillis).as("dead interval is 400 ms with fast timers").isGreaterThanOrEqualTo(300);
        sim.faults().restoreLink(LINK);
        assertThat(sim.awaitReady(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void latencyOnTheLinkDelaysEveryRoundTrip() throws Exception {
        sim.faults().shapeLink(LINK, LinkShape.NONE.withLatency(Duration.ofMillis(100)));

        OneShotClient.Result slow = send(1000);

        assertThat(slow.outcome()).isEqualTo(RequestOutcome.OK);
        assertThat(slow.latency()).as("stream open + data, each a round trip of 2 x 100 ms")
                .isGreaterThanOrEqualTo(Duration.ofMillis(390));
        sim.faults().shapeLink(LINK, LinkShape.NONE);
        assertThat(send(1000).latency()).isLessThan(Duration.ofMillis(300));
    }

    @Test
    void aBandwidthLimitSlowsBulkTransfers() throws Exception {
        sim.faults().shapeLink(LINK, LinkShape.NONE.withBandwidth(256 * 1024));

        OneShotClient.Result result = send(200_000);

        assertThat(result.outcome()).isEqualTo(RequestOutcome.OK);
        assertThat(result.latency()).as("200 KB each way at 256 KiB/s").isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void lossShowsUpAsRetransmissionStallsNotAsCorruptData() throws Exception {
        sim.faults().shapeLink(LINK, LinkShape.NONE.withLoss(0.2));

        OneShotClient.Result result = send(50_000);

        assertThat(result.outcome()).isEqualTo(RequestOutcome.OK);
        assertThat(result.latency()).as("at least one 200 ms retransmission").isGreaterThanOrEqualTo(
                Duration.ofMillis(200));
    }

    @Test
    void stoppingTheConnectorSiteClosesTheRemoteListenerAndRestartingItRecovers() throws Exception {
        sim.faults().stopSite("east");

        Clients.await("listener closed", Duration.ofSeconds(5), () -> !open());
        assertThat(sim.snapshot().sites()).anyMatch(s -> s.siteId().equals("east") && !s.running());

        sim.faults().startSite("east");
        assertThat(sim.awaitReady(Duration.ofSeconds(10))).as(sim.notReady().toString()).isTrue();
        assertThat(send(100).outcome()).isEqualTo(RequestOutcome.OK);
    }

    @Test
    void aRestartedListenerSiteKeepsItsListenerPort() throws Exception {
        int port = sim.listenerAddress(LISTENER).port();
        sim.faults().stopSite("west");
        assertThat(send(100).outcome()).isEqualTo(RequestOutcome.REFUSED);

        sim.faults().startSite("west");

        assertThat(sim.awaitReady(Duration.ofSeconds(10))).as(sim.notReady().toString()).isTrue();
        assertThat(sim.listenerAddress(LISTENER).port()).isEqualTo(port);
        assertThat(send(100).outcome()).isEqualTo(RequestOutcome.OK);
    }

    @Test
    void aStoppedWorkloadFailsConnectionsWhileTheConnectorStaysADestination() throws Exception {
        sim.faults().stopWorkload("east/backend");

        // The router accepts, finds the server gone and resets: usually after the client saw the open (RESET), but
        // on loopback the reset can beat the client's own connect completion, which then fails like a refusal.
        assertThat(send(100).outcome()).isIn(RequestOutcome.RESET, RequestOutcome.REFUSED);
        assertThat(open()).as("the router does not health-check servers").isTrue();

        sim.faults().startWorkload("east/backend");
        assertThat(send(100).outcome()).isEqualTo(RequestOutcome.OK);
    }

    @Test
    void unknownTargetsAreRefusedWithTheirName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.faults().cutLink("nope"))
                .hasMessageContaining("no link nope");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.faults().stopSite("mars"))
                .hasMessageContaining("no site mars");
    }

    /** Collects events for assertions. */
    static final class EventCollector implements AutoCloseable {
        private final org.skupperdesigner.simulator.event.EventBus.Subscription subscription;
        private final List<SimulationEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        EventCollector(Simulation sim) {
            subscription = sim.subscribe(100_000, e -> !(e instanceof SimulationEvent.FlowStarted));
        }

        List<SimulationEvent> all() {
            seen.addAll(subscription.drain());
            return seen;
        }

        List<SimulationEvent.LinkState> linkStates(String linkId) {
            return all().stream().filter(e -> e instanceof SimulationEvent.LinkChanged l && l.linkId().equals(linkId))
                    .map(e -> ((SimulationEvent.LinkChanged) e).state()).toList();
        }

        List<String> faults() {
            return all().stream().filter(e -> e instanceof SimulationEvent.FaultChanged)
                    .map(e -> (SimulationEvent.FaultChanged) e).map(f -> f.target() + " " + f.fault() + " " + f.active())
                    .toList();
        }

        @Override
        public void close() {
            subscription.close();
        }
    }
}
