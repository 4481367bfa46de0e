package org.skupperdesigner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.validation.Mutations;
import org.skupperdesigner.model.validation.ValidFixtures;

class NetworkPartitionViewTest {

    @Test
    void oneNetworkWithItsEdgeSitesAndKeys() {
        NetworkPartitionView view = NetworkPartitionView.of(ValidFixtures.network());

        assertThat(view.networks()).hasSize(1);
        assertThat(view.networks().get(0).sites()).containsExactly("hub", "east", "lab", "branch");
        assertThat(view.networks().get(0).edgeSites()).containsExactly("branch");
        assertThat(view.networks().get(0).routingKeys()).containsExactly("backend", "db", "payments");
    }

    @Test
    void theExposureViewShowsWhoAcceptsLinksAndHow() {
        NetworkPartitionView view = NetworkPartitionView.of(ValidFixtures.network());

        assertThat(view.exposure()).extracting(SiteExposure::site).containsExactly("hub", "east");
        SiteExposure hub = view.exposure().get(0);
        assertThat(hub.access()).containsExactly(new AccessPoint("linkAccess", "skupper-router", "default",
                List.of("inter-router:55671", "edge:45671")));
        assertThat(hub.incomingLinks()).containsExactly("east-to-hub <- east", "lab-to-hub <- lab");
        assertThat(view.exposure().get(1).access().get(0).accessType()).isEqualTo("controller default");
    }

    @Test
    void aLinkThatCannotComeUpSplitsTheNetwork() {
        Network cut = Mutations.siteSpec("hub", s -> s.withLinkAccess("none")).apply(ValidFixtures.network());

        NetworkPartitionView view = NetworkPartitionView.of(cut);

        assertThat(view.networks()).hasSize(3);
        assertThat(view.unusableLinks()).containsExactly("link/east-to-hub", "link/lab-to-hub");
        assertThat(view.toText()).contains("Networks: 3").contains("will not come up");
    }

    @Test
    void theWholeAnalysisRendersAsTextAndJson() {
        NetworkAnalysis analysis = new NetworkAnalyzer().analyze(ValidFixtures.network(), List.of("site/hub"));

        assertThat(analysis.toText(false)).contains("Networks: 1").contains("Single points of failure")
                .contains("What if site/hub is removed");
        assertThat(AnalysisJson.toJson(analysis)).contains("\"singlePoints\"").contains("\"whatIf\"");
    }
}
