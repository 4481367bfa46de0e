package org.skupperdesigner.app.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.canvas.CanvasHighlight;
import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.app.ui.palette.HelloWorldVariants;
import org.skupperdesigner.app.ui.palette.MultiKeyDesigns;
import org.skupperdesigner.model.network.Network;

class CanvasAnalysisTest {

    private final CanvasAnalysis analysis = new CanvasAnalysis();
    private final Network threeClouds = DesignTemplate.THREE_CLOUD_FAILOVER.build();

    @Test
    void aListenerReachesEveryConnectorAndTheFirstConnectionsRouteIsHighlighted() {
        CanvasHighlight h = analysis.reachability(threeClouds, "office/Listener/payments");
        assertThat(h.emphasized()).contains("aws/Connector/payments", "gcp/Connector/payments",
                "azure/Connector/payments", "link/office-to-aws", "site/aws");
        assertThat(h.dimmed()).contains("link/office-to-azure").doesNotContain("link/office-to-aws");
        assertThat(h.title()).contains("3 of 3 connectors reachable", "first connection to aws (cost 1)");
    }

    @Test
    void anEdgeSitesListenerGoesUpItsUplinkAsTheRoutersDo() {
        Network hubAndSpoke = DesignTemplate.HUB_AND_SPOKE.build();
        CanvasHighlight h = analysis.reachability(hubAndSpoke, "store-edge/Listener/database");
        assertThat(h.title()).isEqualTo("Listener database (database): 1 of 1 connector reachable · first connection "
                + "to hub (cost 0)");
        assertThat(h.emphasized()).contains("hub/Connector/database", "link/store-edge-to-hub", "site/hub");
        assertThat(h.dimmed()).contains("site/spoke-a", "link/spoke-a-to-hub");
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

    @Test
    void aPriorityMultiKeyListenerReachesTheConnectorsOfItsFirstReachableKeyAndLeavesTheStandbyAlone() {
        CanvasHighlight h = analysis.reachability(MultiKeyDesigns.priority(), MultiKeyDesigns.CHECKOUT);
        assertThat(h.title()).isEqualTo("Multi-key listener checkout (priority): 'payments' "
                + "takes new connections, 1 of 1 connector reachable · first connection to aws (cost 1) · then 'payments-dr'");
        assertThat(h.emphasized()).contains(MultiKeyDesigns.CHECKOUT, "aws/Connector/payments", "link/office-to-aws")
                .doesNotContain("gcp/Connector/payments", "azure/Connector/payments");
        assertThat(h.dimmed()).as("the standby key's connectors and sites are reachable, so not dimmed")
                .doesNotContain("gcp/Connector/payments", "azure/Connector/payments", "site/gcp", "site/azure")
                .contains("link/office-to-gcp");
    }

    @Test
    void aWeightedMultiKeyListenerSpreadsOverEveryKeyWithAReachableConnector() {
        CanvasHighlight h = analysis.reachability(MultiKeyDesigns.weighted(), MultiKeyDesigns.CHECKOUT);
        assertThat(h.title()).isEqualTo("Multi-key listener checkout (weighted): 3 of 3 "
                + "connectors reachable over 2 keys · first connection to aws (cost 1)");
        assertThat(h.emphasized()).contains("aws/Connector/payments", "gcp/Connector/payments",
                "azure/Connector/payments");
    }

    @Test
    void whenThePreferredKeysOnlySiteFailsAPriorityListenerFailsOverAndOnlyThenLosesEverything() {
        Network network = MultiKeyDesigns.priority();
        assertThat(analysis.whatIf(network, "site/aws").title())
                .contains("failover: checkout to 'payments-dr'")
                .contains("services losing every connector: payments")
                .doesNotContain("checkout (multi-key)");
        Network onlyAws = network.updateSite("gcp", s -> s.withoutResource(
                org.skupperdesigner.model.resource.ResourceKind.CONNECTOR, "payments")).updateSite("azure",
                s -> s.withoutResource(org.skupperdesigner.model.resource.ResourceKind.CONNECTOR, "payments"));
        CanvasHighlight h = analysis.whatIf(onlyAws, "site/aws");
        assertThat(h.title()).contains("checkout (multi-key)").doesNotContain("failover");
        assertThat(h.dimmed()).contains(MultiKeyDesigns.CHECKOUT);
    }
}
