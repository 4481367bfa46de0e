package org.skupperdesigner.exporters.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skupperdesigner.exporters.plan.ApplyRequest;
import org.skupperdesigner.exporters.plan.ChangeType;
import org.skupperdesigner.exporters.plan.DriftReport;
import org.skupperdesigner.exporters.plan.LiveStatusReport;
import org.skupperdesigner.exporters.plan.PlanText;
import org.skupperdesigner.exporters.plan.ResourceChange;
import org.skupperdesigner.exporters.plan.ResourceRef;
import org.skupperdesigner.exporters.plan.ResourceStatus;
import org.skupperdesigner.exporters.plan.SiteDrift;
import org.skupperdesigner.exporters.testing.ThreeClusters;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.network.Network;

/** What the designer draws per resource: live statuses after an apply, and drift that apply would not touch. */
class LiveStatusAndUnmanagedDriftTest {

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
    void afterAnApplyEverySiteLinkListenerAndConnectorHasItsLiveStatus() {
        LiveStatusReport report = live.applier.statuses(ThreeClusters.design(), Set.of());

        Map<String, ResourceStatus> byElement = new java.util.HashMap<>();
        report.resources().forEach(r -> byElement.put(r.elementId(), r));
        assertThat(byElement).containsKeys("site/west", "site/east", "site/north", "link/east-to-west",
                "link/north-to-west", "west/Listener/backend", "west/Listener/db", "east/Connector/backend",
                "north/Connector/db");
        assertThat(byElement.get("site/west").text()).isEqualTo("Ready");
        assertThat(byElement.get("link/east-to-west").text()).isEqualTo("Operational");
        assertThat(byElement.get("link/east-to-west").ref().namespace()).isEqualTo("east-ns");
        assertThat(byElement.get("west/Listener/backend").text()).isEqualTo("Matched");
        assertThat(report.resources()).allMatch(ResourceStatus::isDone);
    }

    @Test
    void aSiteWhoseStatusesCannotBeReadIsAFindingAndTheOthersStillHaveTheirs() {
        live.clusters.east.failAlways("GET", "/apis/skupper.io/v2alpha1/namespaces/east-ns/sites/east", 403);

        LiveStatusReport report = live.applier.statuses(ThreeClusters.design(), Set.of());

        assertThat(report.resources()).extracting(ResourceStatus::elementId).contains("site/west", "site/north")
                .doesNotContain("site/east", "east/Connector/backend");
        assertThat(report.findings()).filteredOn(f -> "east".equals(f.siteId())).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("site east (context east, namespace east-ns): "
                        + "cannot read east-ns/Site/east").contains("HTTP 403"));
    }

    @Test
    void aListenerWithoutCounterpartIsReportedAsNoMatch() throws Exception {
        Network design = ThreeClusters.design().updateSite("west", s -> s.withResource(
                new org.skupperdesigner.model.resource.Listener(
                        org.skupperdesigner.model.resource.ObjectMeta.named("lonely"),
                        org.skupperdesigner.model.resource.ListenerSpec.of("lonely", "lonely", 9000))));
        // the apply waits for Matched only where the routing key has a counterpart, so this one succeeds
        assertThat(live.applier.apply(live.applier.plan(design, ApplyRequest.all()), e -> { }).success()).isTrue();

        // the fake controller reports the listener unmatched a moment after it is created ("not matched yet" first)
        ResourceStatus lonely = waitForStatus(design, "west/Listener/lonely", "no match: No matching connectors");

        assertThat(lonely.state()).isEqualTo(ResourceStatus.State.PENDING);
        assertThat(lonely.text()).isEqualTo("no match: No matching connectors");
    }

    @Test
    void extraObjectsNobodyManagesAreListedButAreNotDifferences() {
        live.clusters.west.client().genericKubernetesResources(KubeKinds.of("Connector")).inNamespace("west-ns")
                .resource(new GenericKubernetesResourceBuilder().withApiVersion("skupper.io/v2alpha1")
                        .withKind("Connector").withNewMetadata().withName("by-hand").withNamespace("west-ns")
                        .endMetadata().addToAdditionalProperties("spec", Map.of("routingKey", "x", "selector",
                                "app=x", "port", 1)).build()).create();
        live.clusters.west.client().genericKubernetesResources(KubeKinds.of("Listener")).inNamespace("west-ns")
                .withName("db").delete();
        live.clusters.north.client().genericKubernetesResources(KubeKinds.of("Link")).inNamespace("north-ns")
                .withName("north-to-west").delete();

        DriftReport report = live.applier.diff(ThreeClusters.design(), Set.of());

        SiteDrift west = report.sites().get(0);
        assertThat(west.unmanaged()).containsExactly(new ResourceRef("Connector", "west-ns", "by-hand"));
        assertThat(west.differences()).extracting(ResourceChange::type, c -> c.ref().display())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeType.CREATE, "Listener/db"));
        assertThat(report.sites().get(1).unmanaged()).isEmpty();
        SiteDrift north = report.sites().get(2);
        assertThat(north.unmadeLinks()).containsExactly("north-to-west");
        assertThat(north.unmanaged()).as("the Link made from the design's token is not extra").isEmpty();
        assertThat(PlanText.drift(report)).contains("? Connector/by-hand");
    }

    @Test
    void aSiteWhoseObjectsCannotBeListedIsReportedAloneAndTheOthersAreStillCompared() {
        live.clusters.west.failAlways("GET", "/apis/skupper.io/v2alpha1/namespaces/west-ns/connectors", 403);

        DriftReport report = live.applier.diff(ThreeClusters.design(), Set.of());

        SiteDrift west = report.sites().get(0);
        assertThat(west.error()).contains("list Connector in west-ns").contains("injected server error")
                .contains("HTTP 403");
        assertThat(west.inSync()).isFalse();
        assertThat(report.sites().get(1).error()).isNull();
        assertThat(report.sites().get(1).inSync()).isTrue();
        assertThat(report.inSync()).isFalse();
        assertThat(PlanText.drift(report)).contains("site west (context west, namespace west-ns): not read: cannot list");
    }

    @Test
    void aSiteWhoseDesignedObjectsCannotBeReadIsReportedAloneAndTheOthersAreStillCompared() {
        live.clusters.west.failAlways("GET", "/apis/skupper.io/v2alpha1/namespaces/west-ns/listeners/backend", 403);

        DriftReport report = live.applier.diff(ThreeClusters.design(), Set.of());

        assertThat(report.sites()).extracting(SiteDrift::siteName).containsExactly("west", "east", "north");
        assertThat(report.sites().get(0).error()).contains("cannot read west-ns/Listener/backend").contains("HTTP 403");
        assertThat(report.sites().get(2).error()).isNull();
        assertThat(report.sites().get(2).inSync()).isTrue();
    }

    @Test
    void importingANamespaceWithoutSkupperResourcesSaysSo() {
        LoadedNetwork imported = new ClusterImporter(live.connector).importNetwork("three", List.of(
                ClusterImporter.Target.parse("west/west-ns"), ClusterImporter.Target.parse("east/empty-ns")));

        assertThat(imported.network().sites()).extracting(s -> s.name()).containsExactly("west");
        assertThat(imported.diagnostics()).extracting(Diagnostic::message)
                .contains("context east, namespace empty-ns holds no Skupper resources");
    }

    private ResourceStatus waitForStatus(Network design, String element, String prefix) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        ResourceStatus last = null;
        while (System.nanoTime() < deadline) {
            last = live.applier.statuses(design, Set.of()).resources().stream().filter(r -> r.elementId()
                    .equals(element)).findFirst().orElse(null);
            if (last != null && last.text().startsWith(prefix)) {
                return last;
            }
            Thread.sleep(50);
        }
        return last;
    }
}
