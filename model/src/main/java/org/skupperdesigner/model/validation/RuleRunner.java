package org.skupperdesigner.model.validation;

import java.util.List;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;

/** Runs rules so that a rule that throws becomes one finding instead of ending the validation. */
final class RuleRunner {

    static final String INTERNAL_ERROR = "internal.rule-failed";

    private RuleRunner() {
    }

    static void run(SiteRule rule, NetworkSite site, List<Diagnostic> out) {
        try {
            rule.checkSite(site, out::add);
        } catch (RuntimeException | StackOverflowError e) {
            out.add(failure(rule.id(), "on site " + site.id(), List.of(site.elementId()), e));
        }
    }

    static void run(Rule rule, ValidationContext ctx, List<Diagnostic> out) {
        try {
            rule.check(ctx, out::add);
        } catch (RuntimeException | StackOverflowError e) {
            out.add(failure(rule.id(), "", List.of(), e));
        }
    }

    static Diagnostic failure(String what, String where, List<String> elementIds, Throwable e) {
        String message = "validation rule " + what + " failed" + (where.isEmpty() ? "" : " " + where) + ": "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        return new Diagnostic(Severity.ERROR, INTERNAL_ERROR, message, elementIds,
                "This is a bug in the designer, not in your design; the other rules still ran. Please report it.",
                null);
    }
}
