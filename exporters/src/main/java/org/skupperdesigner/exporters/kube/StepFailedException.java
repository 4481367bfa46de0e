package org.skupperdesigner.exporters.kube;

/** A step could not finish; the message is a sentence for the user. */
public final class StepFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public StepFailedException(String message) {
        super(message);
    }

    public StepFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
