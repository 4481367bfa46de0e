package org.skupperdesigner.model.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.ElementIds;

/**
 * The findings about one network snapshot, sorted by severity (errors first), then element, then rule.
 *
 * @param diagnostics the sorted findings
 */
public record ValidationReport(List<Diagnostic> diagnostics) {

    /** Errors first, then by the first element id, rule id and message, so output is stable. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::severity)
            .thenComparing(ValidationReport::primaryElement)
            .thenComparing(Diagnostic::ruleId)
            .thenComparing(Diagnostic::message);

    /** Key used when a finding names no site (network-wide or link-only findings). */
    public static final String NETWORK_GROUP = "";

    public ValidationReport {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(ORDER);
        diagnostics = List.copyOf(sorted);
    }

    public static ValidationReport of(List<Diagnostic> diagnostics) {
        return new ValidationReport(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public boolean isClean() {
        return diagnostics.isEmpty();
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** The distinct rule ids that fired, sorted. */
    public Set<String> ruleIds() {
        Set<String> ids = new TreeSet<>();
        diagnostics.forEach(d -> ids.add(d.ruleId()));
        return ids;
    }

    public List<Diagnostic> byRule(String ruleId) {
        return diagnostics.stream().filter(d -> d.ruleId().equals(ruleId)).toList();
    }

    /** Findings touching one element (as any of their element ids). */
    public List<Diagnostic> about(String elementId) {
        return diagnostics.stream().filter(d -> d.elementIds().contains(elementId)).toList();
    }

    /**
     * Findings grouped by the site of their first element id, sites in order of first appearance; findings on
     * links or on nothing go under {@link #NETWORK_GROUP}.
     */
    public Map<String, List<Diagnostic>> bySite() {
        Map<String, List<Diagnostic>> groups = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            String site = d.elementIds().isEmpty() ? null : ElementIds.siteOf(d.elementIds().get(0));
            groups.computeIfAbsent(site == null ? NETWORK_GROUP : site, k -> new ArrayList<>()).add(d);
        }
        return groups;
    }

    static String primaryElement(Diagnostic d) {
        return d.elementIds().isEmpty() ? "" : d.elementIds().get(0);
    }
}
