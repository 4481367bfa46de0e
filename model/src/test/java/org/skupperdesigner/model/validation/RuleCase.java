package org.skupperdesigner.model.validation;

import java.util.function.UnaryOperator;

import org.skupperdesigner.model.network.Network;

/**
 * One row of a rule table: a mutation of the valid fixture and the rule it must trigger.
 *
 * @param ruleId   the rule expected to fire
 * @param what     what the mutation does (the test's display name)
 * @param mutation the edit applied to {@link ValidFixtures#network()}
 */
public record RuleCase(String ruleId, String what, UnaryOperator<Network> mutation) {

    public static RuleCase of(String ruleId, String what, UnaryOperator<Network> mutation) {
        return new RuleCase(ruleId, what, mutation);
    }

    @Override
    public String toString() {
        return ruleId + ": " + what;
    }
}
