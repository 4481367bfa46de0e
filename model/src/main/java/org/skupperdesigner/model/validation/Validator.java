package org.skupperdesigner.model.validation;

import java.util.Objects;

import org.skupperdesigner.model.network.Network;

/**
 * Checks a network snapshot against every rule and returns all findings, sorted. Never throws: a rule that fails
 * becomes an {@code internal.rule-failed} finding naming the rule, and the other rules still run. For re-validation
 * on every edit use {@link IncrementalValidator}, which gives the same answers faster.
 */
public final class Validator {

    private final RuleSet rules;
    private final ValidationOptions options;

    public Validator() {
        this(RuleSet.standard(), ValidationOptions.DEFAULTS);
    }

    public Validator(RuleSet rules, ValidationOptions options) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.options = Objects.requireNonNull(options, "options");
    }

    public ValidationReport validate(Network network) {
        return new IncrementalValidator(rules, options).validate(network);
    }

    public RuleSet rules() {
        return rules;
    }

    public ValidationOptions options() {
        return options;
    }

    /** A validator that remembers per-site results between calls. */
    public IncrementalValidator incremental() {
        return new IncrementalValidator(rules, options);
    }
}
