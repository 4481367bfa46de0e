package org.skupperdesigner.exporters.plan;

import java.time.Duration;

/**
 * Progress of a running apply, delivered on the apply's own thread (never the UI thread; the designer hops over
 * itself).
 */
public sealed interface ApplyEvent {

    record StepStarted(ApplyStep step) implements ApplyEvent {
    }

    /** Something happened inside a step: an object written, a status seen, a wait still going. */
    record StepProgress(ApplyStep step, String message) implements ApplyEvent {
    }

    record StepFinished(ApplyStep step, boolean ok, Duration took, String message) implements ApplyEvent {
    }

    record RollbackStarted(String reason) implements ApplyEvent {
    }

    record RollbackFinished(RollbackReport report) implements ApplyEvent {
    }

    record Finished(ApplyResult result) implements ApplyEvent {
    }
}
