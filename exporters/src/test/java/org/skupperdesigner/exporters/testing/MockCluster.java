package org.skupperdesigner.exporters.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewStatusBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import org.skupperdesigner.exporters.kube.KubeKinds;
import org.skupperdesigner.model.resource.ResourceKind;

/**
 * One pretend Kubernetes cluster: a fabric8 mock server in CRUD mode on loopback, with the Skupper CRDs registered,
 * a ready {@code skupper-controller} Deployment, and answers to SelfSubjectAccessReviews (which the CRUD mock cannot
 * give). Expectations can inject server errors on chosen paths.
 */
public final class MockCluster implements AutoCloseable {

    private static final String SSAR_PATH = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";
    /** The mock web server logs every request at INFO through java.util.logging; held so the level sticks. */
    private static final java.util.logging.Logger MOCK_LOG = quiet("io.fabric8.mockwebserver");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private final String name;
    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final Set<String> denied = ConcurrentHashMap.newKeySet();

    public MockCluster(String name) throws IOException {
        this.name = name;
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        server = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(), responses,
                new KubernetesMixedDispatcher(responses), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = newClient();
        registerCrds();
        expectAccessReviews();
        client.apps().deployments().inNamespace("skupper").resource(new DeploymentBuilder().withNewMetadata()
                .withName("skupper-controller").withNamespace("skupper").addToLabels("application",
                        "skupper-controller").endMetadata().withNewSpec().withReplicas(1).endSpec().withNewStatus()
                .withReadyReplicas(1).endStatus().build()).create();
    }

    public String name() {
        return name;
    }

    public String url() {
        return server.url("/");
    }

    /** A client of this cluster that does not retry, so injected errors show at once. */
    public KubernetesClient client() {
        return client;
    }

    public KubernetesClient newClient() {
        Config config = new ConfigBuilder(Config.empty()).withMasterUrl(url()).withTrustCerts(true)
                .withNamespace("default").withHttp2Disable(true).withRequestRetryBackoffLimit(0)
                .withRequestTimeout(10_000).build();
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    /** Makes the access review answer "no" for {@code verb resource}, e.g. {@code create accessgrants}. */
    public void deny(String verbAndResource) {
        denied.add(verbAndResource);
    }

    /** Every request of {@code method} to {@code path} (from now on) gets HTTP {@code code}. */
    public void failAlways(String method, String path, int code) {
        var expectation = switch (method) {
            case "POST" -> server.expect().post();
            case "PATCH" -> server.expect().patch();
            case "DELETE" -> server.expect().delete();
            default -> server.expect().get();
        };
        expectation.withPath(path).andReturn(code, Map.of("kind", "Status", "apiVersion", "v1",
                "status", "Failure", "message", "injected server error", "code", code)).always();
    }

    /** Removes injected errors (and restores the standard answers). */
    public void clearFailures() {
        server.clearExpectations();
        server.onStart();
        expectAccessReviews();
    }

    /** Every object of a kind in every namespace. */
    public List<GenericKubernetesResource> all(String kind) {
        return client.genericKubernetesResources(KubeKinds.of(kind)).inAnyNamespace().list().getItems();
    }

    /** Every Skupper object and Secret in every namespace. */
    public List<GenericKubernetesResource> allSkupper() {
        return Stream.of(ResourceKind.values()).flatMap(k -> all(k.kind()).stream()).toList();
    }

    public GenericKubernetesResource get(String kind, String namespace, String objectName) {
        return client.genericKubernetesResources(KubeKinds.of(kind)).inNamespace(namespace).withName(objectName).get();
    }

    private void registerCrds() throws IOException {
        for (CustomResourceDefinition crd : Crds.ALL.get()) {
            client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
        }
    }

    /** The CRD files, parsed once per test run (parsing them is the slow part of starting a cluster). */
    private static final class Crds {
        static final Supplier<List<CustomResourceDefinition>> ALL = memoize(() -> {
            List<CustomResourceDefinition> crds = new ArrayList<>();
            try (Stream<Path> files = Files.list(RepositoryPaths.crds())) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_crd.yaml")).sorted()
                        .toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        CustomResourceDefinition crd = Serialization.unmarshal(in, CustomResourceDefinition.class);
                        // The mock does not validate; the names, version and status subresource are what it uses.
                        crd.getSpec().getVersions().forEach(v -> v.getSchema().setOpenAPIV3Schema(
                                new JSONSchemaPropsBuilder().withType("object")
                                        .withXKubernetesPreserveUnknownFields(true).build()));
                        crds.add(crd);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return List.copyOf(crds);
        });

        private static <T> Supplier<T> memoize(Supplier<T> source) {
            return new Supplier<>() {
                private T value;

                @Override
                public synchronized T get() {
                    if (value == null) {
                        value = source.get();
                    }
                    return value;
                }
            };
        }
    }

    private void expectAccessReviews() {
        server.expect().post().withPath(SSAR_PATH).andReply(201, request -> {
            SelfSubjectAccessReview review = Serialization.unmarshal(request.getUtf8Body(),
                    SelfSubjectAccessReview.class);
            var attrs = review.getSpec().getResourceAttributes();
            boolean allowed = !denied.contains(attrs.getVerb() + " " + attrs.getResource());
            review.setStatus(new SubjectAccessReviewStatusBuilder().withAllowed(allowed).withDenied(!allowed).build());
            return review;
        }).always();
    }

    private boolean closed;

    /** Stops the server (a cluster that went away); safe to call twice. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            client.close();
            server.destroy();
        }
    }
}
