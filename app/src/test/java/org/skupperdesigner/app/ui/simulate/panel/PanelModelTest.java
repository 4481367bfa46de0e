package org.skupperdesigner.app.ui.simulate.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.ReadOnlyObjectWrapper;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.router.observe.FlowOutcome;

class PanelModelTest {

    private final DocumentModel document = new DocumentModel(PanelFixtures.helloWorld(), null);
    private final PanelModel model = new PanelModel(document);

    @Test
    void offersTheDesignsListenersAndConnectorsAndPicksTheFirst() {
        assertThat(model.targets()).containsExactly(FigureTarget.listener("west/backend"),
                FigureTarget.connector("east/backend"));
        assertThat(model.targetProperty().get()).isEqualTo(FigureTarget.listener("west/backend"));
    }

    @Test
    void followsTheCanvasSelectionOnlyInRunMode() {
        ReadOnlyObjectWrapper<String> selection = new ReadOnlyObjectWrapper<>();
        AtomicBoolean running = new AtomicBoolean(false);
        model.followSelection(selection.getReadOnlyProperty(), running::get);

        selection.set("east/Connector/backend");
        assertThat(model.targetProperty().get()).isEqualTo(FigureTarget.listener("west/backend"));

        running.set(true);
        selection.set("site/east");
        selection.set("east/Connector/backend");
        assertThat(model.targetProperty().get()).isEqualTo(FigureTarget.connector("east/backend"));
        selection.set("site/west");
        assertThat(model.targetProperty().get()).isEqualTo(FigureTarget.connector("east/backend"));
    }

    @Test
    void aRefreshShowsStagedFlowsAndANewRunStartsEmpty() {
        model.onFlows(List.of(ConnectorFiguresTest.flow("east/backend", 1, 1.1, 1, 1, FlowOutcome.COMPLETED)));
        assertThat(model.flowTable().rows()).isEmpty();
        long before = model.refreshesProperty().get();

        model.onRefresh();

        assertThat(model.flowTable().rows()).hasSize(1);
        assertThat(model.refreshesProperty().get()).isEqualTo(before + 1);
        LiveFigures first = model.figures();
        model.reset();
        assertThat(model.flowTable().rows()).isEmpty();
        assertThat(model.figures()).isNotSameAs(first);
    }

    @Test
    void theFlowTableAndTheFiguresRefreshSeparatelySoTheirWorkFallsOnDifferentPulses() {
        model.onFlows(List.of(ConnectorFiguresTest.flow("east/backend", 1, 1.1, 1, 1, FlowOutcome.COMPLETED)));
        long before = model.refreshesProperty().get();

        model.refreshFigures();
        assertThat(model.flowTable().rows()).isEmpty();
        assertThat(model.refreshesProperty().get()).isEqualTo(before + 1);

        model.flushFlows();
        assertThat(model.flowTable().rows()).hasSize(1);
        assertThat(model.refreshesProperty().get()).isEqualTo(before + 1);
    }
}
