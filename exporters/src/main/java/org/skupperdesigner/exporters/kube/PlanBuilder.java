package org.skupperdesigner.exporters.kube;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.exporters.plan.ApplyPlan;
import org.skupperdesigner.exporters.plan.ApplyStep;
import org.skupperdesigner.exporters.plan.PreflightFinding;
import org.skupperdesigner.exporters.plan.ResourceChange;
import org.skupperdesigner.exporters.plan.StepKind;

/** Collects numbered steps with their actions. */
final class PlanBuilder {

    private final List<ApplyStep> steps = new ArrayList<>();
    private final List<StepAction> actions = new ArrayList<>();

    void step(String siteId, StepKind kind, String description, List<ResourceChange> changes, Duration timeout,
              StepAction... run) {
        steps.add(new ApplyStep(steps.size() + 1, siteId, kind, description, changes, timeout));
        actions.add(sequence(run));
    }

    PlannedApply build(String networkName, List<ResourceChange> prunable, List<PreflightFinding> findings,
                       List<String> notes, boolean dryRun) {
        return new PlannedApply(new ApplyPlan(networkName, steps, prunable, findings, notes, dryRun), actions);
    }

    static StepAction sequence(StepAction... run) {
        return ctx -> {
            for (StepAction action : run) {
                action.run(ctx);
            }
        };
    }
}
