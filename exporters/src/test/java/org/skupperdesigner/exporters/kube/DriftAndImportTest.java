package org.skupperdesigner.exporters.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skupperdesigner.exporters.desired.DesignerMetadata;
import org.skupperdesigner.exporters.plan.ApplyRequest;
import org.skupperdesigner.exporters.plan.DriftReport;
import org.skupperdesigner.exporters.plan.ResourceChange;
import org.skupperdesigner.exporters.plan.SiteDrift;
import org.skupperdesigner.exporters.testing.Designs;
import org.skupperdesigner.exporters.testing.ThreeClusters;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.network.Network;

class DriftAndImportTest {

    @TempDir
    Path tmp;

    private ThreeClusterApplier live;

    @BeforeEach
    void start() throws Exception {
        live = ThreeClusterApplier.applied(tmp);
    }

    @AfterEach
    void stop() {
        live.close();
    }

    @Test
    void rightAfterAnApplyTheDesignAndTheClustersAreInSync() {
        DriftReport report = live.applier.diff(ThreeClusters.design(), Set.of());

        assertThat(report.sites()).extracting(SiteDrift::siteName).containsExactly("west", "east", "north");
        assertThat(report.sites()).allSatisfy(s -> assertThat(s.differences()).as(s.siteName()).isEmpty());
        assertThat(report.inSync()).isTrue();
    }

    @Test
    void liveEditsExtraManagedObjectsAndLostLinksAreReported() {
        live.clusters.west.client().genericKubernetesResources(KubeKinds.of("Listener")).inNamespace("west-ns")
                .withName("backend").patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"port\":1234}}");
        live.clusters.west.client().genericKubernetesResources(KubeKinds.of("Listener")).inNamespace("west-ns")
                .resource(new GenericKubernetesResourceBuilder().withApiVersion("skupper.io/v2alpha1")
                        .withKind("Listener").withNewMetadata().withName("extra").withNamespace("west-ns")
                        .addToLabels(DesignerMetadata.MANAGED_BY, DesignerMetadata.MANAGER)
                        .addToLabels(DesignerMetadata.NETWORK, "three").endMetadata()
                        .addToAdditionalProperties("spec", Map.of("routingKey", "x", "host", "x", "port", 1))
                        .build()).create();
        live.clusters.east.client().genericKubernetesResources(KubeKinds.of("Link")).inNamespace("east-ns")
                .withName("east-to-west").delete();

        DriftReport report = live.applier.diff(ThreeClusters.design(), Set.of());

        assertThat(report.inSync()).isFalse();
        SiteDrift west = report.sites().get(0);
        assertThat(west.differences()).extracting(ResourceChange::describe).containsExactlyInAnyOrder(
                "~ Listener/backend (spec.port: 1234 -> 8080)", "- Listener/extra");
        SiteDrift east = report.sites().get(1);
        assertThat(east.notes()).contains("link east-to-west is not made yet: the token was redeemed but its Link "
                + "is gone");
    }

    @Test
    void importFromClusterReadsTheLiveNetworkBackIntoTheSameDesign() {
        Network design = ThreeClusters.design();
        Network costlier = design.withLink(design.link("north-to-west").orElseThrow().withCost(7));
        assertThat(live.applier.apply(live.applier.plan(costlier, ApplyRequest.all()), e -> { }).success()).isTrue();

        LoadedNetwork imported = new ClusterImporter(live.connector).importNetwork("three", List.of(
                ClusterImporter.Target.parse("west"), ClusterImporter.Target.parse("east/east-ns"),
                ClusterImporter.Target.parse("north/north-ns")));

        assertThat(imported.hasErrors()).as("%s", imported.diagnostics()).isFalse();
        assertThat(Designs.comparable(imported.network())).isEqualTo(Designs.comparable(costlier));
    }
}
