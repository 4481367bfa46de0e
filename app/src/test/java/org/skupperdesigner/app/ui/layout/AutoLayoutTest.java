package org.skupperdesigner.app.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.training.GeneratedDesign;
import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Position;

class AutoLayoutTest {

    private final AutoLayout layout = new AutoLayout();

    @Test
    void everySiteGetsItsOwnGridSnappedSpotAndTheResultIsRepeatable() {
        Network n = DesignTemplate.THREE_CLOUD_FAILOVER.build();
        for (AutoLayout.Kind kind : AutoLayout.Kind.values()) {
            Map<String, Position> positions = layout.layout(n, kind);
            assertThat(positions).containsOnlyKeys("office", "aws", "gcp", "azure");
            assertThat(new HashSet<>(positions.values())).hasSize(4);
            assertThat(positions.values()).allMatch(p -> p.x() % 20 == 0 && p.y() % 20 == 0);
            assertThat(layout.layout(n, kind)).isEqualTo(positions);
        }
    }

    @Test
    void forceDirectedLayoutOfFiveHundredSitesTakesUnderTwoSeconds() {
        Network big = GeneratedDesign.generate(500);
        long start = System.nanoTime();
        Map<String, Position> positions = layout.layout(big, AutoLayout.Kind.FORCE_DIRECTED);
        assertThat(positions).hasSize(500);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }
}
