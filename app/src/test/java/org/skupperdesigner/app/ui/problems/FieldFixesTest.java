package org.skupperdesigner.app.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.skupperdesigner.model.design.DesignFileReader;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.validation.Validator;

/** Each obvious one-value fix, applied to a design with that mistake, clears the finding and adds no error. */
class FieldFixesTest {

    private static final String DESIGN = """
            apiVersion: skupperdesigner.org/v1
            kind: NetworkDesign
            name: mistakes
            sites:
              - id: a
                resources:
                  - {apiVersion: skupper.io/v2alpha1, kind: Site, metadata: {name: a}, spec: {linkAccess: sideways}}
                  - apiVersion: skupper.io/v2alpha1
                    kind: Listener
                    metadata: {name: front}
                    spec: {routingKey: backend, host: front, port: 8080, type: udp, observer: http3}
                  - apiVersion: skupper.io/v2alpha1
                    kind: AccessGrant
                    metadata: {name: grant}
                    spec: {redemptionsAllowed: -1, expirationWindow: 15m}
              - id: b
                resources:
                  - apiVersion: skupper.io/v2alpha1
                    kind: Site
                    metadata: {name: b}
                    spec: {edge: true, ha: true, linkAccess: default}
              - id: c
                platform: linux
                target: {host: local}
                resources:
                  - {apiVersion: skupper.io/v2alpha1, kind: Site, metadata: {name: c}}
                  - apiVersion: skupper.io/v2alpha1
                    kind: Connector
                    metadata: {name: backend}
                    spec: {routingKey: backend, host: localhost, port: 8080, includeNotReadyPods: true}
            links:
              - {id: c-to-a, from: c, to: a, cost: 0}
              - {id: b-to-a, from: b, to: a, cost: 1}
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "site.link-access-unknown | a/Site/a              | Set linkAccess to default",
            "service.type             | a/Listener/front      | Remove type (tcp is used)",
            "service.observer         | a/Listener/front      | Remove observer (auto is used)",
            "grant.redemptions        | a/AccessGrant/grant   | Reset redemptionsAllowed to the default, 1",
            "site.edge-ha             | b/Site/b              | Turn off ha",
            "site.edge-link-access    | b/Site/b              | Remove linkAccess from the edge site",
            "platform.kube-only-field | c/Connector/backend   | Remove spec.includeNotReadyPods",
            "link.cost                | link/c-to-a           | Set the link's cost to 1"})
    void theFixClearsTheFindingAndAddsNoError(String ruleId, String element, String label) {
        LoadedNetwork loaded = new DesignFileReader().read("mistakes.yaml", DESIGN);
        assertThat(loaded.diagnostics()).isEmpty();
        Network broken = loaded.network();
        List<Diagnostic> before = new Validator().validate(broken).diagnostics();
        Diagnostic finding = before.stream().filter(d -> d.ruleId().equals(ruleId)
                && d.elementIds().get(0).equals(element)).findFirst().orElseThrow();

        QuickFix fix = new QuickFixFinder().find(finding, broken).orElseThrow();
        Network fixed = fix.edit().change().apply(broken);
        List<Diagnostic> after = new Validator().validate(fixed).diagnostics();

        assertThat(fix.label()).isEqualTo(label);
        assertThat(after).noneMatch(d -> d.ruleId().equals(ruleId) && d.elementIds().get(0).equals(element)
                && d.field().equals(finding.field()));
        assertThat(after.stream().filter(Diagnostic::isError).count())
                .isLessThanOrEqualTo(before.stream().filter(Diagnostic::isError).count());
    }
}
