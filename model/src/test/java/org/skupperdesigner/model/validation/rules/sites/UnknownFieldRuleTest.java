package org.skupperdesigner.model.validation.rules.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.importer.InputFile;
import org.skupperdesigner.model.importer.SkupperYamlImporter;
import org.skupperdesigner.model.validation.RuleSet;
import org.skupperdesigner.model.validation.ValidationOptions;
import org.skupperdesigner.model.validation.Validator;

/** What the unknown-field warning says, read from YAML as a user writes it. */
class UnknownFieldRuleTest {

    private final Validator rule = new Validator(RuleSet.standard().only("resource.unknown-field"),
            ValidationOptions.DEFAULTS);

    @Test
    void aMisspeltFieldIsNamedWithTheOneMeant() {
        List<Diagnostic> found = findings("""
                apiVersion: skupper.io/v2alpha1
                kind: Site
                metadata: {name: west}
                spec:
                  linkAcess: default
                ---
                apiVersion: skupper.io/v2alpha1
                kind: Listener
                metadata: {name: backend}
                spec: {routing_key: backend, host: backend, port: 8080, routingKey: backend}
                """);

        assertThat(found).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "Site/west in site west sets spec.linkAcess, which the Site CRD does not define: the API server "
                        + "drops it and kubectl apply refuses the object.",
                "Listener/backend in site west sets spec.routing_key, which the Listener CRD does not define: the "
                        + "API server drops it and kubectl apply refuses the object.");
        assertThat(found).extracting(Diagnostic::hint).containsExactlyInAnyOrder(
                "Did you mean spec.linkAccess? Rename the field.", "Did you mean spec.routingKey? Rename the field.");
    }

    @Test
    void nestedAndTopLevelFieldsAreCheckedAndAFieldNothingIsCloseToIsOnlyNamed() {
        List<Diagnostic> found = findings("""
                apiVersion: skupper.io/v2alpha1
                kind: Site
                metadata: {name: west}
                spec: {}
                ---
                apiVersion: skupper.io/v2alpha1
                kind: RouterAccess
                metadata: {name: west-access}
                spec:
                  roles:
                    - {name: inter-router, prot: 55671}
                  colour: blue
                specs: {}
                """);

        assertThat(found).extracting(Diagnostic::message).allMatch(m -> m.startsWith("RouterAccess/west-access"))
                .anyMatch(m -> m.contains(" sets spec.roles[0].prot,"))
                .anyMatch(m -> m.contains(" sets spec.colour,"))
                .anyMatch(m -> m.contains(" sets specs,"));
        assertThat(found).extracting(Diagnostic::hint).contains("Did you mean spec.roles[0].port? Rename the field.",
                "Remove it, or check its spelling against the RouterAccess CRD.", "Did you mean spec? Rename the field.");
    }

    @Test
    void theValuesOfOpenMapsAndStatusAreNotFields() {
        assertThat(findings("""
                apiVersion: skupper.io/v2alpha1
                kind: Site
                metadata: {name: west, labels: {team: a}, annotations: {anything: goes}}
                spec:
                  settings: {routerLogging: debug, anyKey: x}
                status:
                  status: Ready
                """)).isEmpty();
    }

    private List<Diagnostic> findings(String yaml) {
        LoadedNetwork loaded = new SkupperYamlImporter().importFiles("test",
                List.of(new InputFile("west.yaml", yaml, "west")), List.of());
        return rule.validate(loaded.network()).diagnostics();
    }
}
