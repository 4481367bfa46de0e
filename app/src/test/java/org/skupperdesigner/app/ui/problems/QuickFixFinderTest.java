package org.skupperdesigner.app.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.palette.DesignBuilder;
import org.skupperdesigner.app.ui.palette.MultiKeyDesigns;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.MultiKeyStrategy;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.validation.Validator;
import org.skupperdesigner.model.validation.rules.sites.UnknownFieldRule;

class QuickFixFinderTest {

    private final QuickFixFinder finder = new QuickFixFinder();

    @Test
    void aLinkIntoASiteWithoutLinkAccessIsFixedByEnablingIt() {
        Network n = new DesignBuilder("t", "").site("a", Platform.KUBERNETES, 0, 0, null, false, false)
                .site("b", Platform.KUBERNETES, 300, 0, null, false, false).link("a", "b", 1).build();
        QuickFix fix = finder.find(problem("link/a-to-b"), n).orElseThrow();
        assertThat(fix.label()).isEqualTo("Enable link access on b");
        assertThat(fix.edit().change().apply(n).site("b").orElseThrow().siteSpec().linkAccess()).isEqualTo("default");
    }

    @Test
    void aListenerKeyOneTypoAwayIsRenamedToTheConnectorsKey() {
        Network n = new DesignBuilder("t", "").site("a", Platform.KUBERNETES, 0, 0, "default", false, false)
                .listener("front", "backnd", 8080).site("b", Platform.KUBERNETES, 300, 0, null, false, false)
                .connector("back", "backend", 8080).link("b", "a", 1).build();
        QuickFix fix = finder.find(problem("a/Listener/front"), n).orElseThrow();
        assertThat(fix.label()).isEqualTo("Rename routing key to 'backend'");
        Network fixed = fix.edit().change().apply(n);
        assertThat(fixed.site("a").orElseThrow().resourcesOf(Listener.class).findFirst().orElseThrow().spec()
                .routingKey()).isEqualTo("backend");
    }

    @Test
    void nothingIsOfferedWhenNoKeyIsClose() {
        Network n = new DesignBuilder("t", "").site("a", Platform.KUBERNETES, 0, 0, "default", false, false)
                .listener("front", "payments", 8080).site("b", Platform.KUBERNETES, 300, 0, null, false, false)
                .connector("back", "inventory", 8080).build();
        assertThat(finder.find(problem("a/Listener/front"), n)).isEmpty();
    }

    @Test
    void aMisspeltFieldIsRenamedToTheOneItMeantKeepingItsValue() {
        Network broken = listenerWithUnknownSpecFields(Map.of("tlsCredential", "front-tls"));
        List<Diagnostic> warnings = unknownFieldWarnings(broken);

        QuickFix fix = finder.find(warnings.get(0), broken).orElseThrow();

        assertThat(fix.label()).isEqualTo("Rename spec.tlsCredential to spec.tlsCredentials");
        Listener fixed = fix.edit().change().apply(broken).site("a").orElseThrow().resourcesOf(Listener.class)
                .findFirst().orElseThrow();
        assertThat(fixed.spec().tlsCredentials()).isEqualTo("front-tls");
        assertThat(fixed.spec().unknown()).isEmpty();
        assertThat(fixed.spec().routingKey()).isEqualTo("backend");
        assertThat(fixed.spec().port()).isEqualTo(8080);
        assertThat(new Validator().validate(fix.edit().change().apply(broken)).ruleIds())
                .doesNotContain(UnknownFieldRule.ID);
    }

    @Test
    void aFieldNothingIsCloseToOrOneBesideItsCorrectSpellingGetsNoRename() {
        Network broken = listenerWithUnknownSpecFields(Map.of("colour", "blue", "routingkey", "other"));

        List<Diagnostic> warnings = unknownFieldWarnings(broken);

        assertThat(warnings).hasSize(2);
        assertThat(warnings).allSatisfy(w -> assertThat(finder.find(w, broken)).isEmpty());
    }

    /** Site a with listener front (key backend, port 8080) whose spec also sets {@code unknown}. */
    private static Network listenerWithUnknownSpecFields(Map<String, Object> unknown) {
        Network n = new DesignBuilder("t", "").site("a", Platform.KUBERNETES, 0, 0, null, false, false)
                .listener("front", "backend", 8080).build();
        Listener listener = n.site("a").orElseThrow().resourcesOf(Listener.class).findFirst().orElseThrow();
        Listener odd = listener.withSpec(new ListenerSpec(listener.spec().routingKey(), listener.spec().host(),
                listener.spec().port(), null, null, null, null, Map.of(), unknown));
        return n.updateSite("a", s -> s.replacing(listener, odd));
    }

    private static List<Diagnostic> unknownFieldWarnings(Network network) {
        return new Validator().validate(network).diagnostics().stream()
                .filter(d -> d.ruleId().equals(UnknownFieldRule.ID)).toList();
    }

    @Test
    void aMultiKeyListenersMistypedKeyIsRenamedInItsStrategyAndTheFindingGoes() {
        Network broken = MultiKeyDesigns.priority().updateSite("office", s -> s.resourcesOf(MultiKeyListener.class)
                .findFirst().map(m -> s.replacing(m, m.withSpec(m.spec().withStrategy(MultiKeyStrategy.priority(
                        List.of("payments", "paymnts-dr")))))).orElseThrow());
        Diagnostic finding = new Validator().validate(broken).diagnostics().stream()
                .filter(d -> d.elementIds().contains(MultiKeyDesigns.CHECKOUT) && d.message().contains("paymnts-dr"))
                .findFirst().orElseThrow();

        QuickFix fix = finder.find(finding, broken).orElseThrow();

        assertThat(fix.label()).isEqualTo("Rename routing key to 'payments-dr'");
        Network fixed = fix.edit().change().apply(broken);
        assertThat(fixed.site("office").orElseThrow().resourcesOf(MultiKeyListener.class).findFirst().orElseThrow()
                .spec().strategy().priorityRoutingKeys()).containsExactly("payments", "payments-dr");
        assertThat(new Validator().validate(fixed).diagnostics()).noneMatch(d -> d.message().contains("paymnts-dr"));
    }

    private static Diagnostic problem(String elementId) {
        return new Diagnostic(Severity.ERROR, "test", "m", List.of(elementId), "", null);
    }
}
