package org.skupperdesigner.app.ui.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.app.ui.palette.HelloWorldVariants;
import org.skupperdesigner.exporters.plain.PlainYamlExporter;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.Validator;

class YamlFindingLinesTest {

    @Test
    void theValidatorsFindingsMarkTheLinesOfTheirFieldsInTheSitesYaml() {
        Network network = HelloWorldVariants.withWestListener(spec -> spec.withRoutingKey("orders").withPort(70000));
        NetworkSite west = network.site("west").orElseThrow();
        String yaml = new PlainYamlExporter().renderSite(west);
        List<Diagnostic> findings = new Validator().validate(network).diagnostics();

        Map<Integer, Diagnostic> marks = YamlFindingLines.byLine(west, yaml, findings);

        List<String> lines = List.of(yaml.split("\n", -1));
        assertThat(marks).hasSize(2);
        marks.forEach((line, d) -> {
            if (d.ruleId().equals("service.port-range")) {
                assertThat(lines.get(line)).isEqualTo("  port: 70000");
            } else {
                assertThat(d.ruleId()).isEqualTo("routing-key.unmatched-listener");
                assertThat(lines.get(line)).isEqualTo("  routingKey: orders");
            }
        });
    }

    @Test
    void aSitesFindingGoesToItsSiteResourceAndOneWithoutAFieldToTheResourcesFirstLine() {
        NetworkSite west = DesignTemplate.HELLO_WORLD.build().site("west").orElseThrow();
        String yaml = new PlainYamlExporter().renderSite(west);
        List<String> lines = List.of(yaml.split("\n", -1));

        Map<Integer, Diagnostic> marks = YamlFindingLines.byLine(west, yaml, List.of(
                finding("site/west", "spec.linkAccess"),
                finding("west/Listener/backend", ""),
                finding("east/Connector/backend", "spec.port"),
                finding("link/east-to-west", "cost")));

        assertThat(marks.keySet()).extracting(lines::get)
                .containsExactlyInAnyOrder("  linkAccess: default", "apiVersion: skupper.io/v2alpha1");
        int listenerLine = marks.entrySet().stream().filter(e -> e.getValue().elementIds().get(0)
                .equals("west/Listener/backend")).findFirst().orElseThrow().getKey();
        assertThat(lines.get(listenerLine + 1)).isEqualTo("kind: Listener");
    }

    private static Diagnostic finding(String element, String field) {
        return new Diagnostic(Severity.WARNING, "test", "m", List.of(element), "", null, field);
    }
}
