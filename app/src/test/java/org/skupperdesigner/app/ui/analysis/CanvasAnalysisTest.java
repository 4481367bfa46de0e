package org.skupperdesigner.app.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.canvas.CanvasHighlight;
import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.app.ui.palette.HelloWorldVariants;
import org.skupperdesigner.model.network.Network;

class CanvasAnalysisTest {

    private final CanvasAnalysis analysis = new CanvasAnalysis();
    private final Network threeClouds = DesignTemplate.THREE_CLOUD_FAILOVER.build();

    @Test
    void aListenerReachesEveryConnectorAndTheLeastCostPathIsHighlighted() {
        CanvasHighlight h = analysis.reachability(threeClouds, "office/Listener/payments");
        assertThat(h.emphasized()).contains("aws/Connector/payments", "gcp/Connector/payments",
                "azure/Connector/payments", "link/office-to-aws", "site/aws");
        assertThat(h.dimmed()).contains("link/office-to-azure").doesNotContain("link/office-to-aws");
        assertThat(h.title()).contains("3 of 3 connectors reachable", "least cost 1 to aws");
    }

    @Test
    void aListenerWhoseKeyNoConnectorServesSaysSoRatherThanZeroOfZero() {
        Network hello = HelloWorldVariants.withWestListener(spec -> spec.withRoutingKey("orders"));
        CanvasHighlight h = analysis.reachability(hello, "west/Listener/backend");
        assertThat(h.title()).isEqualTo("Listener backend (orders): no connector serves 'orders'");
    }

    @Test
    void whenTheOnlyUplinkFailsTheSiteBehindItIsCutOff() {
        Network hello = DesignTemplate.HELLO_WORLD.build();
        CanvasHighlight h = analysis.whatIf(hello, "link/east-to-west");
        assertThat(h.dimmed()).contains("link/east-to-west", "site/east", "east/Connector/backend",
                "west/Listener/backend");
        assertThat(h.title()).contains("1 site cut off (east)", "backend");
    }

    @Test
    void aRedundantLinkFailingCutsNothingOff() {
        CanvasHighlight h = analysis.whatIf(threeClouds, "link/office-to-aws");
        assertThat(h.title()).contains("no site is cut off");
        assertThat(h.dimmed()).containsExactlyInAnyOrder("link/office-to-aws");
    }
}
