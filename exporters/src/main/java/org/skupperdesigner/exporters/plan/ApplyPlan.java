package org.skupperdesigner.exporters.plan;

import java.util.List;

/**
 * The ordered steps of an apply, computed from the design and what is live, shown before anything is written.
 *
 * @param networkName the design's name
 * @param steps       in execution order
 * @param prunable    managed objects the design no longer has; deleted only with --prune
 * @param findings    preflight findings per site (errors make the plan not executable)
 * @param notes       anything else worth saying (capabilities chosen, what cannot be observed)
 * @param dryRun      whether this plan is for a dry run
 */
public record ApplyPlan(String networkName, List<ApplyStep> steps, List<ResourceChange> prunable,
                        List<PreflightFinding> findings, List<String> notes, boolean dryRun) {

    public ApplyPlan {
        steps = List.copyOf(steps);
        prunable = List.copyOf(prunable);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    public boolean isExecutable() {
        return findings.stream().noneMatch(PreflightFinding::isError);
    }

    /** True when applying would write nothing. */
    public boolean inSync() {
        return steps.stream().noneMatch(ApplyStep::writes);
    }

    public List<ResourceChange> changes() {
        return steps.stream().flatMap(s -> s.changes().stream()).toList();
    }
}
