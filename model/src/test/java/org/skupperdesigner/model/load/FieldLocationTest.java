package org.skupperdesigner.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.design.DesignFileReader;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.importer.InputFile;
import org.skupperdesigner.model.importer.SkupperYamlImporter;
import org.skupperdesigner.model.validation.Validator;

/** Findings about one field point at the line where that field was written, not at the top of its resource. */
class FieldLocationTest {

    @Test
    void importedYamlFindingsPointAtTheFieldsLine() {
        LoadedNetwork loaded = new SkupperYamlImporter().importFiles("test", List.of(new InputFile("west.yaml", """
                apiVersion: skupper.io/v2alpha1
                kind: Site
                metadata:
                  name: west
                spec:
                  linkAcess: default
                ---
                apiVersion: skupper.io/v2alpha1
                kind: Listener
                metadata:
                  name: backend
                spec:
                  routingKey: backend
                  host: backend
                  port: 70000
                """, null)), new ArrayList<>());

        assertThat(where(loaded, "resource.unknown-field")).isEqualTo("west.yaml:6:3");
        assertThat(where(loaded, "service.port-range")).isEqualTo("west.yaml:15:3");
        assertThat(finding(loaded, "service.port-range").field()).isEqualTo("spec.port");
        // a finding about the whole element still points at the element
        assertThat(where(loaded, "routing-key.unmatched-listener")).isEqualTo("west.yaml:13:3");
    }

    @Test
    void designFileFindingsPointAtTheFieldsLineForResourcesSitesAndLinks() {
        LoadedNetwork loaded = new DesignFileReader().read("shop.skupper-design.yaml", """
                apiVersion: skupperdesigner.org/v1
                kind: NetworkDesign
                name: shop
                sites:
                  - id: west
                    namespace: West_Side
                    resources:
                      - apiVersion: skupper.io/v2alpha1
                        kind: Site
                        metadata:
                          name: west
                        spec:
                          linkAccess: sideways
                      - apiVersion: skupper.io/v2alpha1
                        kind: Connector
                        metadata:
                          name: db
                        spec:
                          routingKey: db
                          port: 5432
                          selector: app=db
                          type: udp
                  - id: east
                    resources:
                      - apiVersion: skupper.io/v2alpha1
                        kind: Site
                        metadata:
                          name: east
                links:
                  - id: east-to-west
                    from: east
                    to: west
                    cost: 0
                """);

        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(where(loaded, "name.namespace")).isEqualTo("shop.skupper-design.yaml:6:5");
        // a site's finding about its Site resource's field is found in that resource
        assertThat(where(loaded, "site.link-access-unknown")).isEqualTo("shop.skupper-design.yaml:13:11");
        assertThat(where(loaded, "service.type")).isEqualTo("shop.skupper-design.yaml:22:11");
        assertThat(where(loaded, "link.cost")).isEqualTo("shop.skupper-design.yaml:33:5");
    }

    private static Diagnostic finding(LoadedNetwork loaded, String ruleId) {
        List<Diagnostic> found = new Validator().validate(loaded.network()).diagnostics().stream()
                .filter(d -> d.ruleId().equals(ruleId)).toList();
        assertThat(found).as(ruleId).hasSize(1);
        return found.get(0);
    }

    private static String where(LoadedNetwork loaded, String ruleId) {
        Diagnostic d = finding(loaded, ruleId);
        SourceLocation at = loaded.locate(d.elementIds().get(0), d.field());
        return at == null ? null : at.toString();
    }
}
