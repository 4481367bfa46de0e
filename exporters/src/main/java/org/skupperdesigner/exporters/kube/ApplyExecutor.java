package org.skupperdesigner.exporters.kube;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.skupperdesigner.exporters.plan.ApplyEvent;
import org.skupperdesigner.exporters.plan.ApplyListener;
import org.skupperdesigner.exporters.plan.ApplyPlan;
import org.skupperdesigner.exporters.plan.ApplyResult;
import org.skupperdesigner.exporters.plan.ApplyStep;
import org.skupperdesigner.exporters.plan.PreflightFinding;
import org.skupperdesigner.exporters.plan.RollbackReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a plan step by step on the calling thread, reporting each step to the listener. When a step fails (a server
 * error, a timeout, a refused token, a cancel) every change made so far is rolled back from the journal, and the
 * result says what was restored and what remains.
 */
public final class ApplyExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyExecutor.class);

    private final ApplyOptions options;

    public ApplyExecutor(ApplyOptions options) {
        this.options = options;
    }

    public ApplyResult execute(PlannedApply planned, ApplyListener listener, AtomicBoolean cancelled) {
        ApplyPlan plan = planned.plan();
        if (!plan.isExecutable()) {
            String why = String.join("; ", plan.findings().stream().filter(PreflightFinding::isError)
                    .map(PreflightFinding::message).toList());
            return finish(listener, new ApplyResult(false, plan.dryRun(), List.of(), "nothing was written: " + why,
                    null, List.of()));
        }
        RollbackJournal journal = new RollbackJournal();
        StepContext ctx = new StepContext(journal, listener, options, plan.dryRun(), cancelled);
        for (int i = 0; i < plan.steps().size(); i++) {
            ApplyStep step = plan.steps().get(i);
            Instant started = Instant.now();
            listener.onEvent(new ApplyEvent.StepStarted(step));
            ctx.enter(step);
            try {
                planned.actions().get(i).run(ctx);
                listener.onEvent(new ApplyEvent.StepFinished(step, true, Duration.between(started, Instant.now()),
                        ""));
            } catch (StepFailedException | RuntimeException e) {
                String message = e instanceof StepFailedException ? e.getMessage()
                        : "unexpected error: " + e;
                LOG.warn("step {} failed: {}", step.number(), message);
                listener.onEvent(new ApplyEvent.StepFinished(step, false, Duration.between(started, Instant.now()),
                        message));
                String failure = "step " + step.number() + " (" + step.description() + ") failed: " + message;
                RollbackReport report = null;
                if (!plan.dryRun() && !journal.isEmpty()) {
                    listener.onEvent(new ApplyEvent.RollbackStarted(failure));
                    report = journal.rollback();
                    listener.onEvent(new ApplyEvent.RollbackFinished(report));
                }
                return finish(listener, new ApplyResult(false, plan.dryRun(), ctx.writes(), failure, report,
                        ctx.followUps()));
            }
        }
        return finish(listener, new ApplyResult(true, plan.dryRun(), ctx.writes(), null, null, ctx.followUps()));
    }

    private static ApplyResult finish(ApplyListener listener, ApplyResult result) {
        listener.onEvent(new ApplyEvent.Finished(result));
        return result;
    }
}
