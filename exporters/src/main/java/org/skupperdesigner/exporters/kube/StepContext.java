package org.skupperdesigner.exporters.kube;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

import org.skupperdesigner.exporters.plan.ApplyEvent;
import org.skupperdesigner.exporters.plan.ApplyListener;
import org.skupperdesigner.exporters.plan.ApplyStep;
import org.skupperdesigner.exporters.plan.ResourceChange;

/** What a running step may use: the journal, progress reporting, options, waiting, cancellation. */
public final class StepContext {

    private final RollbackJournal journal;
    private final ApplyListener listener;
    private final ApplyOptions options;
    private final boolean dryRun;
    private final AtomicBoolean cancelled;
    private final List<ResourceChange> writes = new ArrayList<>();
    private final List<String> followUps = new ArrayList<>();
    private ApplyStep step;
    private Instant stepDeadline = Instant.MAX;

    StepContext(RollbackJournal journal, ApplyListener listener, ApplyOptions options, boolean dryRun,
                AtomicBoolean cancelled) {
        this.journal = journal;
        this.listener = listener;
        this.options = options;
        this.dryRun = dryRun;
        this.cancelled = cancelled;
    }

    void enter(ApplyStep current) {
        this.step = current;
        this.stepDeadline = Instant.now().plus(current.timeout());
    }

    public RollbackJournal journal() {
        return journal;
    }

    public ApplyOptions options() {
        return options;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public void progress(String message) {
        listener.onEvent(new ApplyEvent.StepProgress(step, message));
    }

    public void wrote(ResourceChange change) {
        writes.add(change);
        progress((dryRun ? "would write " : "wrote ") + change.describe());
    }

    public void followUp(String command) {
        followUps.add(command);
    }

    List<ResourceChange> writes() {
        return writes;
    }

    List<String> followUps() {
        return followUps;
    }

    /** Stops the step when the apply was cancelled or the step ran past its timeout. */
    public void checkCancelled() throws StepFailedException {
        if (cancelled.get()) {
            throw new StepFailedException("the apply was cancelled");
        }
        if (Instant.now().isAfter(stepDeadline)) {
            throw new StepFailedException("step " + step.number() + " (" + step.description() + ") took longer than "
                    + step.timeout().toSeconds() + "s");
        }
    }

    /**
     * Polls {@code read} until {@code check} says DONE, FAILED, or the timeout passes. Bounded: it never waits longer
     * than {@code timeout} (plus one poll).
     *
     * @return the object that satisfied the check
     */
    public Map<String, Object> await(String what, Supplier<Optional<Map<String, Object>>> read,
                                     Function<Map<String, Object>, Readiness.Verdict> check, Duration timeout)
            throws StepFailedException {
        Instant deadline = Instant.now().plus(timeout);
        String last = "it does not exist yet";
        while (true) {
            checkCancelled();
            Optional<Map<String, Object>> object;
            try {
                object = read.get();
            } catch (ClusterAccessException e) {
                throw new StepFailedException("while waiting for " + what + ": " + e.getMessage(), e);
            }
            if (object.isPresent()) {
                Readiness.Verdict verdict = check.apply(object.get());
                if (verdict.state() == Readiness.Verdict.State.DONE) {
                    return object.get();
                }
                if (verdict.state() == Readiness.Verdict.State.FAILED) {
                    throw new StepFailedException(what + " failed: " + verdict.message());
                }
                last = verdict.message();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StepFailedException("timed out after " + timeout.toSeconds() + "s waiting for " + what
                        + " (last seen: " + last + ")");
            }
            try {
                Thread.sleep(options.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StepFailedException("interrupted while waiting for " + what);
            }
        }
    }
}
