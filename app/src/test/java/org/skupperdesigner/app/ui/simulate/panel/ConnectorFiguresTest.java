package org.skupperdesigner.app.ui.simulate.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.router.observe.FlowOutcome;
import org.skupperdesigner.simulator.event.FlowView;

class ConnectorFiguresTest {

    private static int seq;

    static FlowView flow(String connector, double openedAt, double closedAt, long out, long back,
                         FlowOutcome outcome) {
        return new FlowView("west:" + (++seq), "west/backend", "backend",
                connector == null ? List.of("west") : List.of("west", connector.substring(0, connector.indexOf('/'))),
                connector == null ? List.of() : List.of("east-to-west"), connector, connector, out, back,
                Duration.ofNanos((long) (openedAt * 1e9)),
                Double.isNaN(closedAt) ? null : Duration.ofNanos((long) (closedAt * 1e9)), outcome);
    }

    @Test
    void figuresComeFromTheFlowsEachConnectorServedInTheLastSecond() {
        ConnectorFigures c = new ConnectorFigures();
        for (int i = 0; i < 10; i++) { // east served 10 in [9, 10): 10..100 ms each, 2 KiB each
            double closed = 9.05 + i * 0.09;
            c.record(flow("east/backend", closed - (i + 1) * 0.010, closed, 1024, 1024, FlowOutcome.COMPLETED));
        }
        c.record(flow("east/backend", 9.5, 9.6, 1024, 0, FlowOutcome.ABORTED));
        c.record(flow("north/backend", 9.5, 9.7, 100, 100, FlowOutcome.COMPLETED));
        c.record(flow("east/backend", 7.0, 7.5, 1024, 1024, FlowOutcome.COMPLETED)); // too old for the window
        c.record(flow(null, 9.5, 9.6, 0, 0, FlowOutcome.NO_ROUTE));                  // nobody served it

        FigureSample east = c.sample("east/backend", 10.0);
        assertThat(east.okPerSecond()).isEqualTo(10.0);
        assertThat(east.errorsPerSecond()).isEqualTo(1.0);
        assertThat(east.bytesPerSecond()).isEqualTo(10 * 2048.0);
        assertThat(east.p50Millis()).isCloseTo(50, within(0.5));
        assertThat(east.p90Millis()).isCloseTo(90, within(0.5));
        assertThat(east.p99Millis()).isCloseTo(100, within(0.5));
        assertThat(c.sample("north/backend", 10.0).okPerSecond()).isEqualTo(1.0);
        assertThat(c.totals("east/backend")).isEqualTo(new ConnectorFigures.Totals(11, 1, 11 * 2048 + 1024));
    }

    @Test
    void aConnectorWithNothingInTheWindowReadsZero() {
        ConnectorFigures c = new ConnectorFigures();
        c.record(flow("east/backend", 1.0, 1.1, 10, 10, FlowOutcome.COMPLETED));
        assertThat(c.sample("east/backend", 5.0)).isEqualTo(new FigureSample(5.0, 0, 0, 0, 0, 0, 0));
        assertThat(c.sample("never/seen", 5.0)).isEqualTo(new FigureSample(5.0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void activeFlowsAreNotCounted() {
        ConnectorFigures c = new ConnectorFigures();
        c.record(flow("east/backend", 1.0, Double.NaN, 0, 0, FlowOutcome.ACTIVE));
        assertThat(c.totals("east/backend").served()).isZero();
    }

    @Test
    void percentilesUseTheNearestRank() {
        assertThat(ConnectorFigures.percentile(new double[] {}, 50)).isZero();
        assertThat(ConnectorFigures.percentile(new double[] {7}, 99)).isEqualTo(7);
        assertThat(ConnectorFigures.percentile(new double[] {1, 2, 3, 4}, 50)).isEqualTo(2);
        assertThat(ConnectorFigures.percentile(new double[] {1, 2, 3, 4}, 99)).isEqualTo(4);
    }
}
