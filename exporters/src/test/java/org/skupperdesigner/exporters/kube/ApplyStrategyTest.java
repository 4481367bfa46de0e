package org.skupperdesigner.exporters.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.skupperdesigner.exporters.plan.ResourceRef;
import org.skupperdesigner.exporters.testing.MockCluster;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.ObjectMeta;

/**
 * How the write strategy is chosen and what the real-cluster strategy sends. The CRUD mock cannot do server-side
 * apply, so the SSA request is checked against the mock in expectation mode, and the choice against a client that
 * answers like a real API server (see docs/decisions/0301).
 */
class ApplyStrategyTest {

    private final KubeObjects objects = new KubeObjects();

    @Test
    void theCrudMockIgnoresDryRunSoMergePatchIsChosenAndTheProbeLeavesNothingBehind() throws Exception {
        try (MockCluster cluster = new MockCluster("mock")) {
            ClusterClient client = new Fabric8ClusterClient("mock", cluster.client());

            ServerCapabilities caps = new CapabilityProbe().probe(client, "ns");

            assertThat(caps.dryRun()).isFalse();
            assertThat(caps.serverSideApply()).isFalse();
            assertThat(WriteStrategy.forCapabilities(caps).name()).isEqualTo("JSON merge patch");
            assertThat(cluster.all("Listener")).isEmpty();
        }
    }

    @Test
    void aServerThatHonoursDryRunAndAcceptsApplyGetsServerSideApply() {
        ServerCapabilities caps = new CapabilityProbe().probe(new RealServerLike(true), "ns");

        assertThat(caps).isEqualTo(new ServerCapabilities(true, true, caps.how()));
        assertThat(WriteStrategy.forCapabilities(caps).name()).isEqualTo("server-side apply");
    }

    @Test
    void whenTheProbeIsRefusedTheServerVersionDecides() {
        RealServerLike forbidden = new RealServerLike(false);

        ServerCapabilities caps = new CapabilityProbe().probe(forbidden, "ns");

        assertThat(caps.serverSideApply()).isTrue();
        assertThat(caps.how()).contains("Kubernetes 1.30 implies server-side apply");
    }

    @Test
    void serverSideApplySendsAnApplyPatchWithTheDesignersFieldManagerAndForce() throws Exception {
        KubernetesMockServer server = new KubernetesMockServer(false);
        server.init();
        try (KubernetesClient client = server.createClient()) {
            Map<String, Object> desired = objects.desired(new Listener(ObjectMeta.named("backend")
                    .withNamespace("ns"), ListenerSpec.of("backend", "backend", 8080)));
            server.expect().patch().withPath("/apis/skupper.io/v2alpha1/namespaces/ns/listeners/backend"
                    + "?fieldManager=skupper-designer&force=true").andReturn(200, desired).once();

            WriteStrategy.forCapabilities(new ServerCapabilities(true, true, "test"))
                    .create(new Fabric8ClusterClient("real", client), desired, false);

            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(request.getMethod()).isEqualTo("PATCH");
            assertThat(request.getHeader("Content-Type")).startsWith("application/apply-patch+yaml");
            assertThat(request.getPath()).contains("fieldManager=skupper-designer").contains("force=true");
            assertThat(request.getUtf8Body()).contains("\"routingKey\":\"backend\"")
                    .contains("skupperdesigner.org/last-applied");
        } finally {
            server.destroy();
        }
    }

    /** Answers like a conformant API server: dry-run stores nothing; SSA accepted (or everything forbidden). */
    private static final class RealServerLike implements ClusterClient {
        private final boolean allowed;
        private final Map<ResourceRef, Map<String, Object>> stored = new HashMap<>();

        RealServerLike(boolean allowed) {
            this.allowed = allowed;
        }

        @Override
        public String context() {
            return "real";
        }

        @Override
        public String server() {
            return "https://real.example:6443";
        }

        @Override
        public String serverVersion() {
            return "1.30";
        }

        @Override
        public Set<String> servedResources(String groupVersion) {
            return Set.of("listeners");
        }

        @Override
        public Optional<Map<String, Object>> get(ResourceRef ref) {
            return Optional.ofNullable(stored.get(ref));
        }

        @Override
        public List<Map<String, Object>> list(String kind, String namespace, Map<String, String> labels) {
            return List.of();
        }

        @Override
        public Map<String, Object> create(Map<String, Object> object, boolean dryRun) {
            if (!allowed) {
                throw new ClusterAccessException("forbidden", 403, null);
            }
            if (!dryRun) {
                stored.put(ResourceRef.of(object), object);
            }
            return object;
        }

        @Override
        public Map<String, Object> mergePatch(ResourceRef ref, Map<String, Object> patch, boolean dryRun) {
            return patch;
        }

        @Override
        public Map<String, Object> serverSideApply(Map<String, Object> object, String fieldManager, boolean dryRun) {
            return object;
        }

        @Override
        public boolean delete(ResourceRef ref, boolean dryRun) {
            return stored.remove(ref) != null;
        }

        @Override
        public Optional<Boolean> mayI(String verb, String group, String resource, String namespace) {
            return Optional.of(allowed);
        }
    }
}
