package org.skupperdesigner.router.forward;

/** A mutable in-flight count for one (routing key, next hop) or one connector; event-loop only. */
final class InFlightSlot {
    private int count;
    private final ConnectorService connector;

    InFlightSlot(ConnectorService connector) {
        this.connector = connector;
    }

    int count() {
        return connector != null ? connector.inFlight() : count;
    }

    void acquire() {
        if (connector != null) {
            connector.flowStarted();
        } else {
            count++;
        }
    }

    void release() {
        if (connector != null) {
            connector.flowFinished();
        } else {
            count--;
        }
    }
}
