package org.skupperdesigner.exporters.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.exporters.testing.CrdSchemas;

/** The schema check used on exports really rejects what the API server would. */
class CrdSchemasTest {

    @Test
    void everySkupperKindHasASchema() throws IOException {
        assertThat(CrdSchemas.fromRepository().kinds()).hasSize(13).contains("Site", "MultiKeyListener", "Secret");
    }

    @Test
    void unknownFieldsMissingRequiredFieldsWrongTypesAndBadNamesAreRejected() throws IOException {
        CrdSchemas schemas = CrdSchemas.fromRepository();
        String yaml = """
                apiVersion: skupper.io/v2alpha1
                kind: Listener
                metadata: {name: Bad_Name}
                spec: {routingKey: k, host: h, port: "80", colour: blue}
                ---
                apiVersion: skupper.io/v2alpha1
                kind: Connector
                metadata: {name: c}
                spec: {routingKey: k, port: 80, host: h, selector: app=x}
                ---
                apiVersion: skupper.io/v2alpha1
                kind: AccessToken
                metadata: {name: t}
                spec: {url: https://x}
                ---
                apiVersion: skupper.io/v2alpha1
                kind: AccessGrant
                metadata: {name: g}
                spec: {expirationWindow: 1h30m, redemptionsAllowed: 2}
                """;

        assertThat(schemas.validateYaml(yaml)).hasSizeGreaterThanOrEqualTo(5)
                .anyMatch(e -> e.contains("Listener/Bad_Name") && e.contains("name"))
                .anyMatch(e -> e.contains("colour"))
                .anyMatch(e -> e.contains("port"))
                .anyMatch(e -> e.contains("Connector/c"))
                .anyMatch(e -> e.contains("AccessToken/t") && e.contains("code"))
                .noneMatch(e -> e.contains("AccessGrant/g"));
    }
}
