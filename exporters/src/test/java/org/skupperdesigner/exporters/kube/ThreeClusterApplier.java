package org.skupperdesigner.exporters.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.skupperdesigner.exporters.plan.ApplyRequest;
import org.skupperdesigner.exporters.testing.ThreeClusters;

/** Three mock clusters, a connection to them and an applier (no skupper CLI), optionally with the design applied. */
final class ThreeClusterApplier implements AutoCloseable {

    final ThreeClusters clusters;
    final ClusterConnector connector;
    final NetworkApplier applier;

    private ThreeClusterApplier(Path tmp) throws IOException {
        clusters = new ThreeClusters();
        connector = clusters.connector();
        applier = clusters.applier(connector, tmp, KubeApplyTest.NO_SKUPPER);
    }

    /** Nothing applied yet. */
    static ThreeClusterApplier fresh(Path tmp) throws IOException {
        return new ThreeClusterApplier(tmp);
    }

    /** {@link ThreeClusters#design()} applied successfully. */
    static ThreeClusterApplier applied(Path tmp) throws IOException {
        ThreeClusterApplier live = new ThreeClusterApplier(tmp);
        assertThat(live.applier.apply(live.applier.plan(ThreeClusters.design(), ApplyRequest.all()), e -> { })
                .success()).isTrue();
        return live;
    }

    @Override
    public void close() {
        applier.close();
        connector.close();
        clusters.close();
    }
}
