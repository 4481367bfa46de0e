package org.skupperdesigner.app.ui.simulate.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.palette.MultiKeyDesigns;

class FigureTargetTest {

    @Test
    void aDesignOffersItsListenersThenItsConnectors() {
        assertThat(FigureTarget.allOf(PanelFixtures.helloWorld())).containsExactly(
                FigureTarget.listener("west/backend"), FigureTarget.connector("east/backend"));
    }

    @Test
    void aCanvasSelectionOfAListenerOrConnectorPicksIt() {
        assertThat(FigureTarget.ofElementId("west/Listener/backend")).isEqualTo(FigureTarget.listener("west/backend"));
        assertThat(FigureTarget.ofElementId("east/Connector/backend"))
                .isEqualTo(FigureTarget.connector("east/backend"));
        assertThat(FigureTarget.ofElementId("site/west")).isNull();
        assertThat(FigureTarget.ofElementId("link/east-to-west")).isNull();
        assertThat(FigureTarget.ofElementId("west/Site/west")).isNull();
        assertThat(FigureTarget.ofElementId(null)).isNull();
    }

    @Test
    void labelsSayWhatItIs() {
        assertThat(FigureTarget.listener("west/backend").label()).isEqualTo("Listener west/backend");
        assertThat(FigureTarget.connector("east/backend").label()).isEqualTo("Connector east/backend");
    }

    @Test
    void aMultiKeyListenerIsChartedAsTheListenerItIsInTheSimulation() {
        assertThat(FigureTarget.ofElementId(MultiKeyDesigns.CHECKOUT)).isEqualTo(FigureTarget.listener("office/checkout"));
        assertThat(FigureTarget.allOf(MultiKeyDesigns.priority())).contains(FigureTarget.listener("office/checkout"),
                FigureTarget.listener("office/payments"));
    }
}
