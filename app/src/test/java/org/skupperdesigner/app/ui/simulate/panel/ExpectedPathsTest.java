package org.skupperdesigner.app.ui.simulate.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.palette.MultiKeyDesigns;

import org.skupperdesigner.app.ui.TestWindows;
import org.skupperdesigner.model.load.NetworkLoader;

class ExpectedPathsTest {

    @Test
    void aListenerIsExpectedToUseTheLinksToItsFirstPick() {
        assertThat(ExpectedPaths.of(PanelFixtures.helloWorld())).isEqualTo(Map.of("west/backend",
                List.of("east-to-west")));
    }

    @Test
    void theFailoverDesignExpectsThePrimaryAtTheLowerCost() {
        var network = NetworkLoader.load(List.of(TestWindows.examples().resolve("ha-failover.skupper-design.yaml")))
                .network();
        Map<String, List<String>> paths = ExpectedPaths.of(network);
        assertThat(paths).containsEntry("frontend/payments", List.of("frontend-to-primary"));
    }

    @Test
    void aMultiKeyListenerIsExpectedOnTheRouteOfTheKeyThatTakesItsConnections() {
        assertThat(ExpectedPaths.of(MultiKeyDesigns.priority())).containsEntry("office/checkout",
                List.of("office-to-aws"));
        var awsGone = MultiKeyDesigns.priority().withoutSite("aws");
        assertThat(ExpectedPaths.of(awsGone)).as("the disaster-recovery key, over the cheaper of gcp and azure")
                .containsEntry("office/checkout", List.of("office-to-gcp"));
    }
}
