package org.skupperdesigner.app.ui.simulate.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.simulate.panel.PanelFixtures.lastSecond;
import static org.skupperdesigner.app.ui.simulate.panel.PanelFixtures.snapshot;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.router.observe.FlowOutcome;

class LiveFiguresTest {

    @Test
    void listenersAreSampledFromTheSnapshotsLastSecondAndConnectorsFromEndedFlows() {
        LiveFigures figures = new LiveFigures();
        figures.onFlows(List.of(ConnectorFiguresTest.flow("east/backend", 4.2, 4.5, 10, 10, FlowOutcome.COMPLETED),
                ConnectorFiguresTest.flow("east/backend", 4.3, 4.6, 10, 0, FlowOutcome.ABORTED)));

        assertThat(figures.onSnapshot(snapshot(5.0, "west/backend", lastSecond(5.0, 20, 3, 6), true),
                List.of("east/backend"))).isTrue();

        FigureSample listener = figures.history(FigureTarget.listener("west/backend")).latest();
        assertThat(listener).isEqualTo(new FigureSample(5.0, 20, 20 * 2048.0, 6, 12, 18, 3));
        FigureSample connector = figures.history(FigureTarget.connector("east/backend")).latest();
        assertThat(connector.okPerSecond()).isEqualTo(1);
        assertThat(connector.errorsPerSecond()).isEqualTo(1);
        assertThat(connector.p50Millis()).isEqualTo(300, org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void samplesAtMostTwiceASecondOfSimulationTime() {
        LiveFigures figures = new LiveFigures();
        int sampled = 0;
        for (int i = 0; i < 40; i++) { // snapshots four times a second for ten seconds
            double at = 1 + i * 0.25;
            if (figures.onSnapshot(snapshot(at, "west/backend", lastSecond(at, 5, 0, 1), true), List.of())) {
                sampled++;
            }
        }
        assertThat(sampled).isEqualTo(20);
        assertThat(figures.history(FigureTarget.listener("west/backend")).size()).isEqualTo(20);
    }
}
