package org.skupperdesigner.app.ui.simulate.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.simulator.metrics.ListenerMetrics;
import org.skupperdesigner.simulator.metrics.MetricsRegistry;
import org.skupperdesigner.simulator.metrics.RequestOutcome;

class AnsweredErrorsTest {

    @Test
    void errorAnswersCountForTheConnectorWhoseReplicaSentThem() {
        MetricsRegistry registry = new MetricsRegistry();
        ListenerMetrics west = registry.listener("west/backend");
        ListenerMetrics north = registry.listener("north/api");
        west.record(100_000, 1000, RequestOutcome.HTTP_ERROR, 10, 10, "east/backend-0");
        west.record(200_000, 1000, RequestOutcome.HTTP_ERROR, 10, 10, "east/backend-1");
        west.record(300_000, 1000, RequestOutcome.OK, 10, 10, "east/backend-1");
        west.record(400_000, 1000, RequestOutcome.RESET, 10, 0, null);
        north.record(500_000, 1000, RequestOutcome.HTTP_ERROR, 10, 10, "east/backend-api");
        north.record(600_000, 1000, RequestOutcome.HTTP_ERROR, 10, 10, "south/gone");
        west.record(1_200_000, 1000, RequestOutcome.HTTP_ERROR, 10, 10, "east/backend-0"); // after the window

        Map<String, Long> errors = AnsweredErrors.byConnector(registry::listener, List.of("west/backend",
                "north/api"), List.of("east/backend", "east/backend-api"), 0, 1_000_000);

        assertThat(errors).isEqualTo(Map.of("east/backend", 2L, "east/backend-api", 1L));
    }

    @Test
    void failedAnswersMoveCompletedConnectionsFromOkToErrors() {
        ConnectorFigures c = new ConnectorFigures();
        for (int i = 0; i < 5; i++) {
            c.record(ConnectorFiguresTest.flow("east/backend", 9.1 + i * 0.1, 9.15 + i * 0.1, 100, 100,
                    org.skupperdesigner.router.observe.FlowOutcome.COMPLETED));
        }
        FigureSample s = c.sample("east/backend", 10.0, 2);
        assertThat(s.okPerSecond()).isEqualTo(3);
        assertThat(s.errorsPerSecond()).isEqualTo(2);
        assertThat(c.sample("east/backend", 10.0, 9).okPerSecond()).isZero();
        assertThat(c.sample("east/backend", 10.0, 9).errorsPerSecond()).isEqualTo(5);
    }
}
