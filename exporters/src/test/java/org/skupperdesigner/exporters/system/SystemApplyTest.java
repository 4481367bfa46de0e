package org.skupperdesigner.exporters.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skupperdesigner.exporters.bundle.OwnerOnlyFiles;
import org.skupperdesigner.exporters.kube.ApplyOptions;
import org.skupperdesigner.exporters.kube.ClusterConnector;
import org.skupperdesigner.exporters.kube.NetworkApplier;
import org.skupperdesigner.exporters.plan.ApplyRequest;
import org.skupperdesigner.exporters.plan.ApplyResult;
import org.skupperdesigner.exporters.testing.Designs;
import org.skupperdesigner.exporters.testing.FakeSkupperController;
import org.skupperdesigner.exporters.testing.MockCluster;
import org.skupperdesigner.exporters.testing.ThreeClusters;
import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.pki.NetworkCa;

/** hub-and-spoke: two Kubernetes sites on mock clusters and a Podman edge site on "this machine". */
class SystemApplyTest {

    @TempDir
    Path dataHome;

    private MockCluster hub;
    private MockCluster spoke;
    private FakeSkupperController controller;
    private KubernetesClient hubClient;
    private KubernetesClient spokeClient;
    private ClusterConnector connector;
    private final NetworkCa ca = NetworkCa.create("test network CA");

    @BeforeEach
    void start() throws Exception {
        hub = new MockCluster("hub");
        spoke = new MockCluster("spoke");
        controller = new FakeSkupperController(List.of(hub, spoke), java.time.Duration.ofSeconds(60));
        controller.alsoInNetwork(java.util.Set.of("database"), java.util.Set.of("inventory")); // the store site
        hubClient = hub.newClient();
        spokeClient = spoke.newClient();
        connector = ClusterConnector.ofClients(Map.of("hub", hubClient, "spoke", spokeClient));
    }

    @AfterEach
    void stop() {
        connector.close();
        hubClient.close();
        spokeClient.close();
        controller.close();
        hub.close();
        spoke.close();
    }

    private NetworkApplier applier(SkupperCommand skupper) {
        return new NetworkApplier(connector, new SystemNamespaceLayout(dataHome), skupper,
                ApplyOptions.defaults().withWaits(ThreeClusters.WAIT, ThreeClusters.POLL), () -> ca);
    }

    @Test
    void aPodmanSiteGetsItsInputFilesAndACompletedTokenThenSkupperStartsIt() throws Exception {
        RecordingSkupper skupper = new RecordingSkupper(true);
        try (NetworkApplier applier = applier(skupper)) {
            ApplyResult result = applier.apply(applier.plan(Designs.example("hub-and-spoke"), ApplyRequest.all()),
                    e -> { });

            assertThat(result.success()).as(result.failure()).isTrue();
            Path input = dataHome.resolve("store/input/resources");
            assertThat(input.resolve("Site-store.yaml")).exists();
            assertThat(input.resolve("Listener-database.yaml")).exists();
            String token = Files.readString(input.resolve("AccessToken-store-to-hub.yaml"));
            assertThat(token).contains("url: https://grants.hub.test:9090/").contains("linkCost: 1");
            assertThat(skupper.runs).containsExactly(List.of("system", "start", "--platform", "podman",
                    "--namespace", "store"));

            ApplyResult again = applier.apply(applier.plan(Designs.example("hub-and-spoke"), ApplyRequest.all()),
                    e -> { });
            assertThat(again.writes()).isEmpty();
            assertThat(skupper.runs).hasSize(1);
        }
    }

    @Test
    void withoutTheSkupperCommandTheResultSaysExactlyWhatToRun() {
        try (NetworkApplier applier = applier(new RecordingSkupper(false))) {
            ApplyResult result = applier.apply(applier.plan(Designs.example("hub-and-spoke"), ApplyRequest.all()),
                    e -> { });

            assertThat(result.success()).isTrue();
            assertThat(result.followUps()).containsExactly("skupper system start --platform podman --namespace store");
        }
    }

    @Test
    void preIssuedCredentialsLinkThePodmanSiteWithoutATokenAndItsKeyFileIsOwnerOnly() throws Exception {
        Network design = Designs.example("hub-and-spoke").withLinkMode(LinkMode.CREDENTIALS)
                .updateSite("hub", s -> s.withExternalHost("hub.example.com").withResource(
                        s.siteResource().orElseThrow().withSpec(s.siteSpec().withLinkAccess(null))));
        try (NetworkApplier applier = applier(new RecordingSkupper(true))) {
            ApplyResult result = applier.apply(applier.plan(design, ApplyRequest.all()), e -> { });

            assertThat(result.success()).as(result.failure()).isTrue();
            Path secret = dataHome.resolve("store/input/resources/Secret-store-to-hub.yaml");
            assertThat(OwnerOnlyFiles.isOwnerOnly(secret)).isTrue();
            assertThat(Files.readString(dataHome.resolve("store/input/resources/Link-store-to-hub.yaml")))
                    .contains("host: hub.example.com").contains("port: \"45671\"");
            assertThat(hub.get("RouterAccess", "retail-hub", "skupper-designer-link-access")).isNotNull();
            assertThat(hub.get("Secret", "retail-hub", "skupper-designer-link-access")).isNotNull();
            assertThat(spoke.get("Link", "retail-spoke", "spoke-to-hub")).isNotNull();

            ApplyResult again = applier.apply(applier.plan(design, ApplyRequest.all()), e -> { });
            assertThat(again.writes()).as("pre-issued credentials are reused, not re-issued").isEmpty();
        }
    }

    @Test
    void theNamespaceHomeFollowsXdgDataHome() {
        assertThat(SystemNamespaceLayout.fromEnvironment(Map.of("XDG_DATA_HOME", "/data"), "/home/u", "u")
                .inputResources("ns")).isEqualTo(Path.of("/data/skupper/namespaces/ns/input/resources"));
        assertThat(SystemNamespaceLayout.fromEnvironment(Map.of(), "/home/u", "u").inputResources("ns"))
                .isEqualTo(Path.of("/home/u/.local/share/skupper/namespaces/ns/input/resources"));
        assertThat(SystemNamespaceLayout.fromEnvironment(Map.of("XDG_DATA_HOME", "/data"), "/root", "root")
                .namespaceHome("ns")).isEqualTo(Path.of("/var/lib/skupper/namespaces/ns"));
    }
}
