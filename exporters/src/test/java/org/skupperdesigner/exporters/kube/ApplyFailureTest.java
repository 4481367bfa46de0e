package org.skupperdesigner.exporters.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skupperdesigner.exporters.desired.DesignerMetadata;
import org.skupperdesigner.exporters.plan.ApplyEvent;
import org.skupperdesigner.exporters.plan.ApplyRequest;
import org.skupperdesigner.exporters.plan.ApplyResult;
import org.skupperdesigner.exporters.plan.ChangeType;
import org.skupperdesigner.exporters.plan.PreflightFinding;
import org.skupperdesigner.exporters.plan.StepKind;
import org.skupperdesigner.exporters.testing.Kubeconfig;
import org.skupperdesigner.exporters.testing.MockCluster;
import org.skupperdesigner.exporters.testing.ThreeClusters;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.SiteTarget;

class ApplyFailureTest {

    @TempDir
    Path tmp;

    private ThreeClusterApplier live;

    @BeforeEach
    void start() throws Exception {
        live = ThreeClusterApplier.fresh(tmp);
    }

    @AfterEach
    void stop() {
        live.close();
    }

    @Test
    void aServerErrorInTheMiddleRollsEverySiteBackToBeforeTheApply() {
        live.clusters.east.failAlways("POST", "/apis/skupper.io/v2alpha1/namespaces/east-ns/connectors", 500);

        ApplyResult result = live.applier.apply(
                live.applier.plan(ThreeClusters.design(), ApplyRequest.all()), e -> { });

        assertThat(result.success()).isFalse();
        assertThat(result.failure()).contains("site east").contains("injected server error");
        assertThat(result.rollback()).isNotNull();
        assertThat(result.rollback().remaining()).isEmpty();
        assertThat(result.rollback().restored()).contains("deleted Link/east-to-west in site east",
                "deleted AccessGrant/east-to-west in site west", "deleted Site/west in site west");
        for (MockCluster cluster : live.clusters.all()) {
            assertThat(cluster.allSkupper()).as(cluster.name()).isEmpty();
            assertThat(cluster.all(KubeKinds.NAMESPACE)).as(cluster.name()).isEmpty();
        }
    }

    @Test
    void whenRollbackCannotReachASiteTheResultSaysWhatRemainsThere() {
        live.clusters.east.failAlways("POST", "/apis/skupper.io/v2alpha1/namespaces/east-ns/connectors", 500);

        ApplyResult result = live.applier.apply(
                live.applier.plan(ThreeClusters.design(), ApplyRequest.all()), event -> {
            if (event instanceof ApplyEvent.RollbackStarted) {
                live.clusters.west.close(); // the west cluster goes away just as the rollback starts
            }
        });

        assertThat(result.success()).isFalse();
        assertThat(result.rollback().complete()).isFalse();
        assertThat(result.rollback().remaining()).allMatch(r -> r.contains("in site west"))
                .anyMatch(r -> r.contains("created Site/west in site west"));
        assertThat(result.rollback().restored()).contains("deleted Link/east-to-west in site east");
        assertThat(live.clusters.east.allSkupper()).isEmpty();
    }

    @Test
    void anExpiredGrantIsRenewedBeforeTheTokenIsMade() {
        Network design = ThreeClusters.design();
        assertThat(live.applier.apply(
                live.applier.plan(design, new ApplyRequest(false, false, Set.of("west"))), e -> { })
                .success()).isTrue();
        GenericKubernetesResource stale = expiredGrant("east-to-west");

        PlannedApply plan = live.applier.plan(design, ApplyRequest.all());
        ApplyResult result = live.applier.apply(plan, e -> { });

        assertThat(plan.plan().steps()).filteredOn(s -> s.kind() == StepKind.GRANTS)
                .flatExtracting(s -> s.changes()).filteredOn(c -> c.ref().name().equals("east-to-west"))
                .singleElement().satisfies(c -> {
                    assertThat(c.type()).isEqualTo(ChangeType.REPLACE);
                    assertThat(c.reason()).isEqualTo("the grant expired");
                });
        assertThat(result.success()).as(result.failure()).isTrue();
        GenericKubernetesResource fresh = live.clusters.west.get("AccessGrant", "west-ns", "east-to-west");
        assertThat(fresh.getMetadata().getUid()).isNotEqualTo(stale.getMetadata().getUid());
        assertThat(live.clusters.east.get("Link", "east-ns", "east-to-west")).isNotNull();
    }

    @Test
    void aSiteWhoseContextDoesNotExistIsRefusedBeforeAnythingIsWritten() throws Exception {
        Map<String, MockCluster> contexts = new LinkedHashMap<>();
        live.clusters.all().forEach(c -> contexts.put(c.name(), c));
        Path kubeconfig = Kubeconfig.write(tmp.resolve("kubeconfig"), contexts);
        Network design = ThreeClusters.design().updateSite("north", s -> s.withTarget(SiteTarget.kubeContext(
                "nowhere")));
        try (ClusterConnector fromFile = ClusterConnector.fromKubeconfigFile(kubeconfig);
             NetworkApplier fileApplier = live.clusters.applier(fromFile, tmp, KubeApplyTest.NO_SKUPPER)) {

            PlannedApply plan = fileApplier.plan(design, ApplyRequest.all());
            ApplyResult result = fileApplier.apply(plan, e -> { });

            assertThat(plan.plan().findings()).filteredOn(PreflightFinding::isError).singleElement()
                    .satisfies(f -> {
                        assertThat(f.siteId()).isEqualTo("north");
                        assertThat(f.message()).isEqualTo("site north: the kubeconfig has no context 'nowhere' (it "
                                + "has: east, north, west); set the site's target context to an existing one, or "
                                + "add it to your kubeconfig ('kubectl config get-contexts' lists them).");
                    });
            assertThat(result.success()).isFalse();
            assertThat(result.failure()).startsWith("nothing was written");
        }
        for (MockCluster cluster : live.clusters.all()) {
            assertThat(cluster.allSkupper()).as(cluster.name()).isEmpty();
        }
    }

    @Test
    void aKubeconfigThatCannotBeReadIsSaidOnceWithWhereAndWhatToDo() throws Exception {
        Path broken = java.nio.file.Files.writeString(tmp.resolve("broken-kubeconfig"), "this: is: not: yaml: [\n");
        Path missing = tmp.resolve("no-such-kubeconfig");

        List<String> fromBroken = errorsPlanningWith(broken);
        List<String> fromMissing = errorsPlanningWith(missing);

        assertThat(fromBroken).hasSize(3);
        assertThat(fromBroken.get(0)).isEqualTo("cannot read the kubeconfig " + broken + ": mapping values are not "
                + "allowed here (line 1, column 9); choose a kubeconfig that kubectl can use (--kubeconfig FILE, or "
                + "KUBECONFIG). No Kubernetes site can be reached without it.");
        assertThat(fromBroken.subList(1, 3)).allSatisfy(m -> assertThat(m)
                .endsWith(": not reached, the kubeconfig cannot be read (see above)."));
        assertThat(fromMissing.get(0)).startsWith("cannot read the kubeconfig " + missing + ": no such file; ");
    }

    private List<String> errorsPlanningWith(Path kubeconfig) {
        try (ClusterConnector fromFile = ClusterConnector.fromKubeconfigFile(kubeconfig);
             NetworkApplier fileApplier = live.clusters.applier(fromFile, tmp, KubeApplyTest.NO_SKUPPER)) {
            return fileApplier.plan(ThreeClusters.design(), ApplyRequest.all()).plan().findings().stream()
                    .filter(PreflightFinding::isError).map(PreflightFinding::message).toList();
        }
    }

    @Test
    void missingPermissionsAreOneSentenceNamingTheSiteAndTheRights() {
        live.clusters.west.deny("create accessgrants");
        live.clusters.west.deny("delete listeners");

        PlannedApply plan = live.applier.plan(ThreeClusters.design(), ApplyRequest.all());

        assertThat(plan.plan().isExecutable()).isFalse();
        assertThat(plan.plan().findings()).filteredOn(PreflightFinding::isError).singleElement()
                .extracting(PreflightFinding::message).isEqualTo("site west (context west, namespace west-ns): you "
                        + "may not delete listeners, create accessgrants; ask a cluster administrator for these rights "
                        + "in namespace west-ns, or choose a context that has them.");
    }

    @Test
    void missingSkupperCrdsAndControllerAreReportedPerSite() throws Exception {
        live.clusters.north.client().apps().deployments().inNamespace("skupper").withName("skupper-controller").delete();

        PlannedApply plan = live.applier.plan(ThreeClusters.design(), ApplyRequest.all());

        assertThat(plan.plan().findings()).filteredOn(PreflightFinding::isError).singleElement()
                .extracting(PreflightFinding::message).asString().startsWith("site north (context north, namespace "
                        + "north-ns): no Skupper controller (deployment skupper-controller) was found");
    }

    @Test
    void aClusterThatDoesNotAnswerIsReportedWithWhatToCheck() {
        live.clusters.north.close();

        PlannedApply plan = live.applier.plan(ThreeClusters.design(), ApplyRequest.all());

        assertThat(plan.plan().isExecutable()).isFalse();
        assertThat(plan.plan().findings()).filteredOn(PreflightFinding::isError).singleElement()
                .extracting(PreflightFinding::message).asString()
                .startsWith("site north (context north, namespace north-ns): cannot reach the Kubernetes API at http")
                .endsWith("check that the cluster runs and that 'kubectl --context north get namespaces' works.");
    }

    /** A grant left by an earlier apply whose token was never made, and which has since expired. */
    private GenericKubernetesResource expiredGrant(String name) {
        var grants = live.clusters.west.client().genericKubernetesResources(KubeKinds.of("AccessGrant"))
                .inNamespace("west-ns");
        GenericKubernetesResource grant = grants.resource(new GenericKubernetesResourceBuilder()
                .withApiVersion("skupper.io/v2alpha1").withKind("AccessGrant").withNewMetadata().withName(name)
                .withNamespace("west-ns").addToLabels(DesignerMetadata.MANAGED_BY, DesignerMetadata.MANAGER)
                .addToLabels(DesignerMetadata.NETWORK, "three").addToAnnotations(DesignerMetadata.LINK_ID, name)
                .endMetadata().addToAdditionalProperties("spec", Map.of()).build()).create();
        grant.getAdditionalProperties().put("status", Map.of("status", "Ready", "url",
                "https://grants.west.test:9090/" + grant.getMetadata().getUid(), "code", "old-code", "ca", "CA",
                "redemptions", 0, "expirationTime", Instant.now().minusSeconds(60).toString()));
        return grants.resource(grant).updateStatus();
    }
}
