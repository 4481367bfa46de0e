package org.skupperdesigner.simulator.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skupperdesigner.router.observe.FlowOutcome;

class ListenerMetricsTest {
    private final ListenerMetrics metrics = new ListenerMetrics("west/backend");

    @Test
    void windowsCountRequestsByCompletionTimeWithPercentilesOfSuccessesOnly() {
        for (int i = 1; i <= 100; i++) {
            metrics.requests().add(i * 10_000L, i * 1000L, RequestOutcome.OK, 100, 100, -1);
        }
        metrics.requests().add(500_000, 9_000_000, RequestOutcome.TIMEOUT, 0, 0, -1);

        WindowStats all = metrics.window(0, 2_000_000);
        WindowStats firstHalf = metrics.window(0, 505_000);

        assertThat(all.requests()).isEqualTo(101);
        assertThat(all.errors()).isEqualTo(1);
        assertThat(all.errorsByKind()).containsEntry(RequestOutcome.TIMEOUT, 1L);
        assertThat(all.p50Millis()).isBetween(49.9, 50.1);
        assertThat(all.p99Millis()).isBetween(98.9, 99.1);
        assertThat(all.maxMillis()).isBetween(99.9, 100.1);
        assertThat(firstHalf.requests()).isEqualTo(51);
        assertThat(firstHalf.errorRate()).isEqualTo(1 / 51.0);
    }

    @Test
    void servedByComesFromCompletedFlowsAndMatchesSitesConnectorsAndReplicas() {
        metrics.flowEnded(1000, "east/backend-0", FlowOutcome.COMPLETED);
        metrics.flowEnded(2000, "east/backend-1", FlowOutcome.COMPLETED);
        metrics.flowEnded(3000, "north/backend", FlowOutcome.COMPLETED);
        metrics.flowEnded(4000, null, FlowOutcome.NO_ROUTE);

        WindowStats w = metrics.window(0, 10_000);

        assertThat(w.served()).isEqualTo(3);
        assertThat(w.failedFlows()).isEqualTo(1);
        assertThat(w.servedByMatching("east")).isEqualTo(2);
        assertThat(w.servedByMatching("east/backend")).isEqualTo(2);
        assertThat(w.servedByMatching("east/backend-1")).isEqualTo(1);
        assertThat(w.servedByMatching("north")).isEqualTo(1);
        assertThat(WindowStats.matches("eastern/backend", "east")).isFalse();
    }

    @Test
    void requestsByServerCountAnswersThatNamedTheirReplicaInTheWindow() {
        int a = metrics.label("east/backend-0");
        int b = metrics.label("east/backend-1");
        metrics.requests().add(100_000, 1000, RequestOutcome.OK, 1, 1, a);
        metrics.requests().add(200_000, 1000, RequestOutcome.HTTP_ERROR, 1, 1, a);
        metrics.requests().add(300_000, 1000, RequestOutcome.OK, 1, 1, b);
        metrics.requests().add(400_000, 1000, RequestOutcome.RESET, 1, 0, -1);   // no answer: nobody named
        metrics.requests().add(1_500_000, 1000, RequestOutcome.HTTP_ERROR, 1, 1, b); // after the window

        assertThat(metrics.requestsByServer(0, 1_000_000)).containsExactly(
                java.util.Map.entry("east/backend-0", new ServedRequests(1, 1)),
                java.util.Map.entry("east/backend-1", new ServedRequests(1, 0)));
        assertThat(metrics.requestsByServer(2_000_000, 3_000_000)).isEmpty();
    }

    @Test
    void seriesBucketsOnePass() {
        metrics.requests().add(100, 1000, RequestOutcome.OK, 1, 1, -1);
        metrics.requests().add(1_100_000, 3000, RequestOutcome.RESET, 1, 1, -1);

        List<WindowStats> series = metrics.series(0, 2_000_000, 1_000_000);

        assertThat(series).extracting(WindowStats::requests).containsExactly(1L, 1L);
        assertThat(series).extracting(WindowStats::errors).containsExactly(0L, 1L);
    }

    @Test
    void runningTotalsAgreeWithAFullScan() {
        for (int i = 1; i <= 1000; i++) {
            metrics.record(i * 1000L, i * 10L, i % 50 == 0 ? RequestOutcome.RESET : RequestOutcome.OK, 10, 20,
                    i % 2 == 0 ? "east/backend" : null);
        }
        metrics.flowEnded(5, "east/backend", FlowOutcome.COMPLETED);

        WindowStats total = metrics.total();
        WindowStats scan = metrics.window(0, 1_000_001);

        assertThat(total.requests()).isEqualTo(scan.requests()).isEqualTo(1000);
        assertThat(total.errors()).isEqualTo(scan.errors()).isEqualTo(20);
        assertThat(total.p99Millis()).isCloseTo(scan.p99Millis(), org.assertj.core.api.Assertions.within(scan.p99Millis() / 50));
        assertThat(total.servedBy()).isEqualTo(scan.servedBy());
        assertThat(metrics.window(900_000, 1_000_001).requests()).as("binary search start").isEqualTo(101);
    }
}
