package org.skupperdesigner.app.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.app.ui.palette.HelloWorldVariants;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.validation.Validator;

class FieldFindingsTest {

    private static final List<String> SITE_ROWS = List.of("id", "metadata.name", "namespace", "externalHost",
            "spec.linkAccess", "spec.settings");

    @Test
    void aSitesSheetShowsFindingsAboutItsOwnFieldsAndItsSiteResourcesButNotOthers() {
        Network network = DesignTemplate.HELLO_WORLD.build();
        List<Diagnostic> findings = List.of(
                finding("site/west", "namespace", "bad namespace"),
                finding("west/Site/west", "spec.settings.flowCollector", "unknown setting"),
                finding("west/Site/west", "spec.linkAccess", "bad link access"),
                finding("west/Site/west", "spec.linkAccess", "second about the same field"),
                finding("site/east", "namespace", "another site's"),
                finding("west/Listener/backend", "spec.routingKey", "a listener's"),
                finding("site/west", "", "about the whole site"));

        Map<String, Diagnostic> rows = FieldFindings.byRow("site/west", network, SITE_ROWS, findings);

        assertThat(rows).hasSize(3);
        assertThat(rows.get("namespace").message()).isEqualTo("bad namespace");
        assertThat(rows.get("spec.settings").message()).isEqualTo("unknown setting");
        assertThat(rows.get("spec.linkAccess").message()).isEqualTo("bad link access");
    }

    @Test
    void aFieldInsideAListOrMapGoesToTheRowThatHoldsItAndTheLongestRowWins() {
        List<String> rows = List.of("spec", "spec.roles", "spec.rolesExtra");

        assertThat(FieldFindings.rowOf("spec.roles[1].port", rows)).isEqualTo("spec.roles");
        assertThat(FieldFindings.rowOf("spec.roles", rows)).isEqualTo("spec.roles");
        assertThat(FieldFindings.rowOf("spec.colour", rows)).isEqualTo("spec");
        assertThat(FieldFindings.rowOf("metadata.name", rows)).isNull();
    }

    @Test
    void theRealValidatorsPortFindingLandsOnThePortRow() {
        Network network = HelloWorldVariants.withWestListener(spec -> spec.withPort(70000));
        List<Diagnostic> findings = new Validator().validate(network).diagnostics();

        Map<String, Diagnostic> rows = FieldFindings.byRow("west/Listener/backend", network,
                List.of("metadata.name", "spec.routingKey", "spec.host", "spec.port"), findings);

        assertThat(rows).containsOnlyKeys("spec.port");
        assertThat(rows.get("spec.port").ruleId()).isEqualTo("service.port-range");
    }

    private static Diagnostic finding(String element, String field, String message) {
        return new Diagnostic(Severity.WARNING, "test", message, List.of(element), "", null, field);
    }
}
