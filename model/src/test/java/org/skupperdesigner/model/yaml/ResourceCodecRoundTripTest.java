package org.skupperdesigner.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.Secret;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.schema.CrdSchemaValidator;

/** Every kind with every CRD field, plus fields the model does not know, survives a read and a write unchanged. */
class ResourceCodecRoundTripTest {

    private final YamlDocumentReader reader = new YamlDocumentReader();
    private final ResourceDecoder decoder = new ResourceDecoder();
    private final ResourceEncoder encoder = new ResourceEncoder();
    private final YamlWriter writer = new YamlWriter();

    private static String golden() throws IOException {
        try (InputStream in = ResourceCodecRoundTripTest.class.getResourceAsStream("/codec/all-kinds.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<SkupperResource> decode(String text, List<Diagnostic> problems) {
        List<SkupperResource> resources = new ArrayList<>();
        for (YamlDocument doc : reader.read("all-kinds.yaml", text, problems)) {
            decoder.decode(doc, problems).forEach(d -> resources.add(d.resource()));
        }
        return resources;
    }

    @Test
    void everyKindAndFieldIsWrittenBackByteForByte() throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        List<SkupperResource> resources = decode(golden(), problems);

        assertThat(problems).isEmpty();
        assertThat(resources).extracting(SkupperResource::kind).containsAll(List.of(ResourceKind.values()));
        String written = writer.writeAll(resources.stream().map(encoder::encode).toList());
        assertThat(written).isEqualTo(golden());
    }

    @Test
    void typedFieldsAreReadIntoTheModel() throws IOException {
        List<SkupperResource> resources = decode(golden(), new ArrayList<>());

        Site site = (Site) resources.get(0);
        assertThat(site.spec().hasLinkAccess()).isTrue();
        assertThat(site.spec().isHa()).isTrue();
        assertThat(site.spec().settings()).containsEntry("router-logging", "info");
        assertThat(site.spec().unknown()).containsKey("futureField");
        assertThat(site.extra()).containsKey("status");
        assertThat(site.metadata().unknown()).containsKey("uid");
        Listener listener = (Listener) resources.get(2);
        assertThat(listener.spec().port()).isEqualTo(8080);
        Connector connector = (Connector) resources.get(3);
        assertThat(connector.spec().selector()).isEqualTo("app=backend");
        MultiKeyListener weighted = (MultiKeyListener) resources.get(10);
        assertThat(weighted.spec().strategy().weightedRoutingKeys()).containsEntry("search-a", 3L);
    }

    @Test
    void everyResourceInTheGoldenFilePassesItsCrdSchema() throws IOException {
        CrdSchemaValidator validator = new CrdSchemaValidator();
        for (SkupperResource resource : decode(golden(), new ArrayList<>())) {
            assertThat(validator.violations(resource)).as(resource.kindAndName()).isEmpty();
        }
    }

    @Test
    void theSchemaCheckCatchesAFieldOfTheWrongShape() {
        List<SkupperResource> resources = decode("""
                apiVersion: skupper.io/v2alpha1
                kind: Listener
                metadata: {name: x}
                spec: {routingKey: x, host: x}
                """, new ArrayList<>());

        assertThat(new CrdSchemaValidator().violations(resources.get(0))).anyMatch(m -> m.contains("port"));
    }

    @Test
    void aFieldOfTheWrongTypeIsReportedWithItsLineAndKeptSoNothingIsLost() {
        List<Diagnostic> problems = new ArrayList<>();
        String text = """
                apiVersion: skupper.io/v2alpha1
                kind: Listener
                metadata:
                  name: backend
                spec:
                  routingKey: backend
                  host: backend
                  port: eighty
                """;
        List<SkupperResource> resources = decode(text, problems);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(8);
            assertThat(p.message()).contains("spec.port").contains("integer").contains("eighty");
        });
        Listener listener = (Listener) resources.get(0);
        assertThat(listener.spec().port()).isNull();
        assertThat(writer.write(encoder.encode(listener))).contains("port: eighty");
    }

    @Test
    void anUnknownKindCloseToAKnownOneSuggestsIt() {
        List<Diagnostic> problems = new ArrayList<>();
        decode("""
                apiVersion: skupper.io/v2alpha1
                kind: Conector
                metadata: {name: west}
                ---
                apiVersion: skupper.io/v2alpha1
                kind: listener
                metadata: {name: backend}
                ---
                apiVersion: skupper.io/v2alpha1
                kind: Gateway
                metadata: {name: g}
                """, problems);

        assertThat(problems).extracting(Diagnostic::hint).containsExactly(
                "did you mean Connector? known kinds: Site, Link, Listener, Connector, AccessGrant, AccessToken, "
                        + "RouterAccess, AttachedConnector, AttachedConnectorBinding, MultiKeyListener, SecuredAccess, "
                        + "Certificate",
                "did you mean Listener? known kinds: Site, Link, Listener, Connector, AccessGrant, AccessToken, "
                        + "RouterAccess, AttachedConnector, AttachedConnectorBinding, MultiKeyListener, SecuredAccess, "
                        + "Certificate",
                "known kinds: Site, Link, Listener, Connector, AccessGrant, AccessToken, RouterAccess, "
                        + "AttachedConnector, AttachedConnectorBinding, MultiKeyListener, SecuredAccess, Certificate");
    }

    @Test
    void secretsNeverShowTheirValuesWhenPrinted() throws IOException {
        Secret secret = (Secret) decode(golden(), new ArrayList<>()).stream()
                .filter(r -> r instanceof Secret).findFirst().orElseThrow();

        assertThat(secret.holdsPrivateKey()).isTrue();
        assertThat(secret.toString()).doesNotContain("a2V5").doesNotContain("Y2VydA==");
    }
}
