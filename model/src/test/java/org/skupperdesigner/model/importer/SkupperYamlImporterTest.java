package org.skupperdesigner.model.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.TestPaths;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.ResourceKind;

class SkupperYamlImporterTest {

    private LoadedNetwork importText(String label, String text) {
        return new SkupperYamlImporter().importFiles("test", List.of(new InputFile(label, text, null)),
                new ArrayList<>());
    }

    @Test
    void aFolderPerSiteBecomesOneSitePerFolderWithTheTokenInferredAsALink() {
        LoadedNetwork loaded = NetworkLoader.load(List.of(TestPaths.examples().resolve("hello-world-yaml")));

        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(loaded.network().sites()).extracting(NetworkSite::id).containsExactly("east", "west");
        assertThat(loaded.network().site("west").orElseThrow().namespace()).isEqualTo("hello-world-west");
        assertThat(loaded.network().links()).singleElement().satisfies(link -> {
            assertThat(link.fromSite()).isEqualTo("east");
            assertThat(link.toSite()).isEqualTo("west");
            assertThat(link.realizedBy()).isEqualTo("AccessToken/west-token");
        });
        assertThat(loaded.locations().get("west/Listener/backend").line()).isEqualTo(10);
    }

    @Test
    void resourcesAreGroupedIntoSitesByNamespaceAndTheirOwnNamespaceIsNotRepeated() {
        LoadedNetwork loaded = importText("two.yaml", """
                apiVersion: skupper.io/v2alpha1
                kind: Listener
                metadata: {name: db, namespace: b}
                spec: {routingKey: db, host: db, port: 5432}
                ---
                apiVersion: skupper.io/v2alpha1
                kind: Site
                metadata: {name: site-a, namespace: a}
                ---
                apiVersion: skupper.io/v2alpha1
                kind: Site
                metadata: {name: site-b, namespace: b}
                """);

        assertThat(loaded.network().sites()).extracting(NetworkSite::namespace).containsExactly("b", "a");
        NetworkSite b = loaded.network().sites().get(0);
        assertThat(b.id()).isEqualTo("site-b");
        assertThat(b.resources()).allSatisfy(r -> assertThat(r.metadata().namespace()).isNull());
    }

    @Test
    void inOneFileWithoutNamespacesEachSiteDocumentStartsANewSite() {
        LoadedNetwork loaded = importText("multi.yaml", """
                apiVersion: skupper.io/v2alpha1
                kind: Site
                metadata: {name: west}
                ---
                apiVersion: skupper.io/v2alpha1
                kind: Listener
                metadata: {name: backend}
                spec: {routingKey: backend, host: backend, port: 8080}
                ---
                apiVersion: skupper.io/v2alpha1
                kind: Site
                metadata: {name: east}
                ---
                apiVersion: skupper.io/v2alpha1
                kind: Connector
                metadata: {name: backend}
                spec: {routingKey: backend, host: localhost, port: 8080}
                """);

        assertThat(loaded.network().sites()).hasSize(2);
        assertThat(loaded.network().site("west").orElseThrow().find(ResourceKind.LISTENER, "backend")).isPresent();
        assertThat(loaded.network().site("east").orElseThrow().find(ResourceKind.CONNECTOR, "backend")).isPresent();
    }

    @Test
    void kubernetesListsAreUnpackedAndOtherObjectsAreSkippedWithAWarning() {
        LoadedNetwork loaded = importText("list.yaml", """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: skupper.io/v2alpha1
                    kind: Site
                    metadata: {name: west, namespace: w}
                  - apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: frontend, namespace: w}
                  - apiVersion: skupper.io/v2alpha1
                    kind: Gadget
                    metadata: {name: g, namespace: w}
                """);

        assertThat(loaded.network().sites()).singleElement()
                .satisfies(s -> assertThat(s.resources()).hasSize(1));
        assertThat(loaded.diagnostics()).extracting(Diagnostic::ruleId)
                .containsExactly("yaml.not-skupper", "yaml.unknown-kind");
        assertThat(loaded.diagnostics()).allMatch(d -> d.severity() == Severity.WARNING);
        assertThat(loaded.diagnostics().get(0).location().line()).isEqualTo(7);
    }

    @Test
    void aBrokenDocumentNeverHidesTheGoodOnesAroundIt() {
        LoadedNetwork loaded = importText("mixed.yaml", """
                apiVersion: skupper.io/v2alpha1
                kind: Site
                metadata: {name: west, namespace: w}
                ---
                apiVersion: skupper.io/v2alpha1
                kind: Listener
                metadata: {name: broken, namespace: w
                spec: [
                ---
                apiVersion: skupper.io/v2alpha1
                kind: Listener
                metadata: {name: fine, namespace: w}
                spec: {routingKey: k, host: fine, port: 1}
                """);

        assertThat(loaded.hasErrors()).isTrue();
        assertThat(loaded.diagnostics()).allSatisfy(d -> assertThat(d.location().line()).isBetween(5, 9));
        assertThat(loaded.network().sites().get(0).resources()).hasSize(2);
    }

    @Test
    void aLinkWhoseTargetCannotBeToldIsReportedNotGuessed() {
        LoadedNetwork loaded = importText("link.yaml", """
                apiVersion: skupper.io/v2alpha1
                kind: Site
                metadata: {name: east, namespace: e}
                ---
                apiVersion: skupper.io/v2alpha1
                kind: Link
                metadata: {name: mystery, namespace: e}
                spec:
                  endpoints:
                    - {name: inter-router, host: 192.0.2.7, port: "55671"}
                """);

        assertThat(loaded.network().links()).isEmpty();
        assertThat(loaded.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("import.link-target-unknown");
            assertThat(d.elementIds()).containsExactly("east/Link/mystery");
        });
    }

    @Test
    void theTargetSiteAnnotationDecidesWhichSiteALinkDials() {
        LoadedNetwork loaded = importText("annotated.yaml", """
                apiVersion: skupper.io/v2alpha1
                kind: Site
                metadata: {name: west, namespace: w}
                ---
                apiVersion: skupper.io/v2alpha1
                kind: Site
                metadata: {name: east, namespace: e}
                ---
                apiVersion: skupper.io/v2alpha1
                kind: Link
                metadata:
                  name: to-west
                  namespace: e
                  annotations: {skupperdesigner.org/target-site: west}
                spec:
                  cost: 4
                  endpoints: [{name: inter-router, host: 192.0.2.7, port: "55671"}]
                """);

        assertThat(loaded.network().links()).singleElement().extracting(NetworkLink::fromSite, NetworkLink::toSite,
                NetworkLink::cost).containsExactly("east", "west", 4);
    }

    @Test
    void aMissingPathIsAClearProblemNotAnException() {
        LoadedNetwork loaded = NetworkLoader.load(List.of(Path.of("does/not/exist.yaml")));

        assertThat(loaded.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.format()).contains("does/not/exist.yaml").contains("no such file");
        });
    }
}
