package org.skupperdesigner.app.ui.simulate.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.palette.MultiKeyDesigns;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.ObjectMeta;

class FigureTargetTest {

    @Test
    void aDesignOffersItsListenersThenItsConnectors() {
        assertThat(FigureTarget.allOf(PanelFixtures.helloWorld())).containsExactly(
                FigureTarget.listener("west/backend"), FigureTarget.connector("east/backend"));
    }

    @Test
    void aCanvasSelectionOfAListenerOrConnectorPicksIt() {
        Network hello = PanelFixtures.helloWorld();
        assertThat(FigureTarget.ofElementId("west/Listener/backend", hello))
                .isEqualTo(FigureTarget.listener("west/backend"));
        assertThat(FigureTarget.ofElementId("east/Connector/backend", hello))
                .isEqualTo(FigureTarget.connector("east/backend"));
        assertThat(FigureTarget.ofElementId("site/west", hello)).isNull();
        assertThat(FigureTarget.ofElementId("link/east-to-west", hello)).isNull();
        assertThat(FigureTarget.ofElementId("west/Site/west", hello)).isNull();
        assertThat(FigureTarget.ofElementId(null, hello)).isNull();
    }

    @Test
    void labelsSayWhatItIs() {
        assertThat(FigureTarget.listener("west/backend").label()).isEqualTo("Listener west/backend");
        assertThat(FigureTarget.connector("east/backend").label()).isEqualTo("Connector east/backend");
    }

    @Test
    void aMultiKeyListenerIsChartedAsTheListenerItIsInTheSimulation() {
        assertThat(FigureTarget.ofElementId(MultiKeyDesigns.CHECKOUT, MultiKeyDesigns.priority()))
                .isEqualTo(FigureTarget.listener("office/checkout"));
        assertThat(FigureTarget.allOf(MultiKeyDesigns.priority())).contains(FigureTarget.listener("office/checkout"),
                FigureTarget.listener("office/payments"));
    }

    @Test
    void aMultiKeyListenerNamedLikeAListenerIsChartedUnderSkuppersMultiAddressName() {
        Network clash = MultiKeyDesigns.priority().updateSite("office", s -> s.withResource(new Listener(
                ObjectMeta.named("checkout"), ListenerSpec.of("payments", "checkout-direct", 8443))));
        assertThat(FigureTarget.ofElementId(MultiKeyDesigns.CHECKOUT, clash))
                .isEqualTo(FigureTarget.listener("office/multiAddress/checkout"));
        assertThat(FigureTarget.ofElementId("office/Listener/checkout", clash))
                .isEqualTo(FigureTarget.listener("office/checkout"));
        assertThat(FigureTarget.allOf(clash)).contains(FigureTarget.listener("office/checkout"),
                FigureTarget.listener("office/multiAddress/checkout"));
    }
}
