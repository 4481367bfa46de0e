package org.skupperdesigner.simulator.metrics;

/** How one generated request ended, as the client saw it. */
public enum RequestOutcome {
    /** Complete and correct (byte-exact where the workload allows checking). */
    OK,
    /** The connection was refused: the listener was closed (no reachable connector). */
    REFUSED,
    /** The connection was reset or closed before the exchange finished. */
    RESET,
    /** No complete answer within the timeout. */
    TIMEOUT,
    /** HTTP 5xx (for instance a failure injected in the workload). */
    HTTP_ERROR,
    /** The answer arrived but its bytes differ from what was expected. */
    MISMATCH,
    /** The answer was not valid HTTP. */
    PROTOCOL;

    public boolean isError() {
        return this != OK;
    }

    private static final RequestOutcome[] VALUES = values();

    static RequestOutcome of(int ordinal) {
        return VALUES[ordinal];
    }
}
