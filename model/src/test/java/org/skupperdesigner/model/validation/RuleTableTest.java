package org.skupperdesigner.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.Network;

/**
 * Base of the per-group rule tables: for every row, the rule alone stays silent on the valid fixture, fires on
 * the mutated one with its own id and severity, and the full validator reports it too.
 */
public abstract class RuleTableTest {

    /** The rows of this group. */
    protected abstract List<RuleCase> cases();

    /** Every row, for the catalogue test. */
    public final List<RuleCase> rows() {
        return cases();
    }

    @TestFactory
    public List<DynamicTest> eachRuleFiresOnItsMutationAndNotOnTheValidFixture() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c))).toList();
    }

    public static void check(RuleCase c) {
        Rule rule = RuleSet.standard().byId(c.ruleId()).orElseThrow(() -> new AssertionError("no rule " + c.ruleId()));
        Validator alone = new Validator(RuleSet.standard().only(c.ruleId()), ValidationOptions.DEFAULTS);
        Network valid = ValidFixtures.network();
        Network broken = c.mutation().apply(valid);

        assertThat(alone.validate(valid).diagnostics()).as("rule %s on the valid fixture", c.ruleId()).isEmpty();
        List<Diagnostic> found = alone.validate(broken).diagnostics();
        assertThat(found).as("rule %s on: %s", c.ruleId(), c.what()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.ruleId()).isEqualTo(c.ruleId()))
                .allSatisfy(d -> assertThat(d.elementIds()).isNotEmpty())
                .allSatisfy(d -> assertThat(d.hint()).isNotBlank());
        if (!c.ruleId().equals("link.credentials-missing")) {
            assertThat(found).allSatisfy(d -> assertThat(d.severity()).isEqualTo(rule.severity()));
        }
        assertThat(new Validator().validate(broken).ruleIds()).contains(c.ruleId());
    }
}
