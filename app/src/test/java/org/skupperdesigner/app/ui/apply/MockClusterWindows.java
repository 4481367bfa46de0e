package org.skupperdesigner.app.ui.apply;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.skupperdesigner.exporters.testing.Kubeconfig;
import org.skupperdesigner.exporters.testing.MockCluster;
import org.skupperdesigner.exporters.testing.ThreeClusters;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Position;

/**
 * What the designer's tests against mock clusters share: a kubeconfig with one context per cluster (named after
 * it) and the three-cluster design placed on the canvas; the window itself comes from {@code TestWindows}.
 */
public final class MockClusterWindows {

    private MockClusterWindows() {
    }

    /** Writes {@code home/kubeconfig} with a context per cluster, named after the cluster. */
    public static Path kubeconfig(Path home, Collection<MockCluster> clusters) throws IOException {
        Map<String, MockCluster> contexts = new LinkedHashMap<>();
        clusters.forEach(c -> contexts.put(c.name(), c));
        return Kubeconfig.write(home.resolve("kubeconfig"), contexts);
    }

    /** {@link ThreeClusters#design()} with its sites where the tests (and screenshots) look for them. */
    public static Network threeClusterDesign(Position west, Position east, Position north) {
        return ThreeClusters.design()
                .updateSite("west", s -> s.withPosition(west))
                .updateSite("east", s -> s.withPosition(east))
                .updateSite("north", s -> s.withPosition(north));
    }
}
