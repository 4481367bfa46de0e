package org.skupperdesigner.app.ui.simulate.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.simulate.panel.ConnectorFiguresTest.flow;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.router.observe.FlowOutcome;
import org.skupperdesigner.simulator.event.FlowView;

class FlowTableModelTest {

    @Test
    void endedFlowsShowNewestFirstAfterAFlushAndActiveOnesNever() {
        FlowTableModel model = new FlowTableModel(10);
        model.stage(List.of(flow("east/backend", 1, 1.2, 10, 20, FlowOutcome.COMPLETED),
                flow("east/backend", 1.5, Double.NaN, 0, 0, FlowOutcome.ACTIVE),
                flow("east/backend", 1.1, 1.4, 30, 40, FlowOutcome.ABORTED)));
        assertThat(model.rows()).isEmpty();

        model.flush();

        assertThat(model.rows()).extracting(FlowRow::endedAt).containsExactly(1.4, 1.2);
        FlowRow newest = model.rows().get(0);
        assertThat(newest.servedBy()).isEqualTo("east/backend");
        assertThat(newest.path()).isEqualTo("west → east");
        assertThat(newest.bytesOut()).isEqualTo(30);
        assertThat(newest.bytesBack()).isEqualTo(40);
        assertThat(newest.millis()).isEqualTo(300, org.assertj.core.api.Assertions.within(0.01));
        assertThat(newest.outcome()).isEqualTo("aborted");
        assertThat(newest.failed()).isTrue();
    }

    @Test
    void theTableIsBoundedAndChangesOncePerFlush() {
        FlowTableModel model = new FlowTableModel(5);
        List<ListChangeListener.Change<? extends FlowRow>> changes = new ArrayList<>();
        model.rows().addListener((ListChangeListener<FlowRow>) changes::add);
        for (int batch = 0; batch < 3; batch++) {
            List<FlowView> flows = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                double t = batch * 10 + i;
                flows.add(flow("east/backend", t, t + 0.5, 1, 1, FlowOutcome.COMPLETED));
            }
            model.stage(flows);
            model.flush();
        }
        model.flush(); // nothing staged: no change
        assertThat(changes).hasSize(3);
        assertThat(model.rows()).extracting(FlowRow::endedAt).containsExactly(23.5, 22.5, 21.5, 20.5, 13.5);
    }

    @Test
    void aFlowNoConnectorServedNamesNobody() {
        FlowRow row = FlowRow.of(flow(null, 1, 2, 0, 0, FlowOutcome.NO_ROUTE));
        assertThat(row.servedBy()).isEqualTo("nobody");
        assertThat(row.outcome()).isEqualTo("no_route");
    }
}
