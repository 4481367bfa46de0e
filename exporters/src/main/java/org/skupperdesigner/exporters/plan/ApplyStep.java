package org.skupperdesigner.exporters.plan;

import java.time.Duration;
import java.util.List;

/**
 * One step of an apply, as the designer and the command line show it.
 *
 * @param number      1-based position in the plan
 * @param siteId      the site it acts on (null for steps spanning sites)
 * @param kind        what sort of step
 * @param description one sentence, e.g. "wait for Site west to be Ready"
 * @param changes     the writes this step makes (empty for waits)
 * @param timeout     how long the step may take
 */
public record ApplyStep(int number, String siteId, StepKind kind, String description, List<ResourceChange> changes,
                        Duration timeout) {

    public ApplyStep {
        changes = List.copyOf(changes);
    }

    public boolean writes() {
        return !changes.isEmpty();
    }
}
