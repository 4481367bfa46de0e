package org.skupperdesigner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.validation.ValidFixtures;

class SinglePointsOfFailureAnalyzerTest {

    private final SinglePointsOfFailureReport report =
            new SinglePointsOfFailureAnalyzer().analyze(ValidFixtures.network());

    @Test
    void findsBridgesWithTheirImpact() {
        assertThat(report.bridges()).extracting(SinglePointOfFailure::element)
                .containsExactly("link/east-to-hub", "link/lab-to-hub");
        assertThat(report.bridges().get(1).listenersLosingAll()).containsExactly("lab/Listener/db");
    }

    @Test
    void findsCutSitesIncludingTheOnlyUplinkTargetOfAnEdgeSite() {
        assertThat(report.cutSites()).extracting(SinglePointOfFailure::element).containsExactly("site/hub",
                "site/east");
        assertThat(report.cutSites().get(1).description()).contains("edge site(s) branch");
    }

    @Test
    void findsEdgeSitesWithOneUplink() {
        assertThat(report.singleUplinkEdges()).extracting(SinglePointOfFailure::element)
                .containsExactly("site/branch");
    }

    @Test
    void findsKeysServedByOneConnector() {
        assertThat(report.singleConnectorKeys()).extracting(SinglePointOfFailure::element)
                .containsExactly("hub/Connector/db", "hub/AttachedConnectorBinding/payments");
    }

    @Test
    void rendersAsText() {
        assertThat(report.toText()).contains("Bridges").contains("link/east-to-hub");
    }
}
