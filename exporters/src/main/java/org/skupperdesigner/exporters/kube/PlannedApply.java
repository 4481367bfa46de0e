package org.skupperdesigner.exporters.kube;

import java.util.List;

import org.skupperdesigner.exporters.plan.ApplyPlan;

/**
 * A computed plan and what runs each of its steps. Show {@link #plan()}; hand the whole thing to
 * {@link NetworkApplier#apply}.
 */
public record PlannedApply(ApplyPlan plan, List<StepAction> actions) {

    public PlannedApply {
        actions = List.copyOf(actions);
        if (actions.size() != plan.steps().size()) {
            throw new IllegalArgumentException("one action per step");
        }
    }
}
