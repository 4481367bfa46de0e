package org.skupperdesigner.exporters.kube;

/** What an apply step does when it runs. Reads what is live again, so it acts on the present, not the plan. */
@FunctionalInterface
public interface StepAction {

    StepAction NOTHING = ctx -> { };

    void run(StepContext ctx) throws StepFailedException;
}
