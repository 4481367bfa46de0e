package org.skupperdesigner.model.validation;

import org.skupperdesigner.model.diagnostic.Severity;

/**
 * One validation rule: a stable id, the severity it reports and a check that adds findings to a sink. A rule never
 * stops at the first problem; it reports every occurrence it finds. Rules are stateless and thread-safe.
 */
public interface Rule {

    /** Stable identifier, e.g. {@code link.target-no-access}; documented in {@code docs/validation-rules.md}. */
    String id();

    /** The severity of this rule's findings (a few rules escalate on some platforms; see their docs). */
    Severity severity();

    /** One sentence: what the rule finds. */
    String description();

    /** What the findings depend on; rules that do not say are re-run on every snapshot. */
    default RuleScope scope() {
        return RuleScope.NETWORK;
    }

    /** Checks the whole snapshot behind {@code ctx}. */
    void check(ValidationContext ctx, DiagnosticSink out);
}
