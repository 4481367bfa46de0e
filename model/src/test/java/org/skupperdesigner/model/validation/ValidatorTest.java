package org.skupperdesigner.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;

class ValidatorTest {

    @Test
    void anEmptyNetworkIsClean() {
        assertThat(new Validator().validate(Network.empty("empty")).diagnostics()).isEmpty();
    }

    @Test
    void findingsAreSortedBySeverityThenElement() {
        Network broken = ValidFixtures.network();
        for (RuleCase c : RuleCatalogueTest.allCases()) {
            try {
                broken = c.mutation().apply(broken);
            } catch (RuntimeException e) {
                // an earlier mutation removed what this one edits
            }
        }

        List<Diagnostic> found = new Validator().validate(broken).diagnostics();

        assertThat(found).hasSizeGreaterThan(10).isSortedAccordingTo(ValidationReport.ORDER);
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aRuleThatThrowsBecomesOneInternalErrorAndTheOthersStillRun() {
        SiteRule broken = new AbstractSiteRule("test.broken", Severity.ERROR, "always fails") {
            @Override
            public void checkSite(NetworkSite site, DiagnosticSink out) {
                throw new IllegalStateException("boom");
            }
        };
        Rule brokenNetworkRule = new AbstractRule("test.broken-network", Severity.ERROR, "always fails") {
            @Override
            public void check(ValidationContext ctx, DiagnosticSink out) {
                throw new NullPointerException();
            }
        };
        List<Rule> rules = new ArrayList<>(RuleSet.standard().all());
        rules.add(broken);
        rules.add(brokenNetworkRule);
        Network network = Mutations.onLink("east-to-hub", l -> l.withCost(0)).apply(ValidFixtures.network());

        ValidationReport report = new Validator(RuleSet.of(rules), ValidationOptions.DEFAULTS).validate(network);

        assertThat(report.byRule("internal.rule-failed")).hasSize(network.sites().size() + 1)
                .allSatisfy(d -> assertThat(d.message()).containsPattern("test\\.broken"));
        assertThat(report.ruleIds()).contains("link.cost");
    }

    @Test
    void randomCombinationsOfMistakesNeverBreakTheValidator() {
        List<RuleCase> cases = RuleCatalogueTest.allCases();
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            Network n = ValidFixtures.network();
            for (int i = 0; i < 1 + random.nextInt(6); i++) {
                try {
                    n = cases.get(random.nextInt(cases.size())).mutation().apply(n);
                } catch (RuntimeException e) {
                    // a mutation whose target an earlier one removed; skip it
                }
            }
            ValidationReport report = new Validator().validate(n);
            assertThat(report.byRule("internal.rule-failed")).as("round %d", round).isEmpty();
        }
    }

    @Test
    void reportGroupsFindingsBySite() {
        Network broken = Mutations.all(
                Mutations.onLink("east-to-hub", l -> l.withCost(0)),
                Mutations.siteSpec("branch", s -> s.withHa(true))).apply(ValidFixtures.network());

        ValidationReport report = new Validator().validate(broken);

        assertThat(report.bySite()).containsKeys("branch", ValidationReport.NETWORK_GROUP);
        assertThat(report.bySite().get("branch")).extracting(Diagnostic::ruleId).contains("site.edge-ha");
        assertThat(report.bySite().get(ValidationReport.NETWORK_GROUP)).extracting(Diagnostic::ruleId)
                .contains("link.cost");
    }
}
