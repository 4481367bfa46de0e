package org.skupperdesigner.router.observe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One client connection as recorded by the router whose listener accepted it. {@code path} lists router
 * ids from this router to the one whose connector served it (one element for a local connector).
 */
public record FlowRecord(
        String flowId,
        String routerId,
        String listenerName,
        String routingKey,
        List<String> path,
        String connectorRouter,
        String connectorName,
        long bytesClientToServer,
        long bytesServerToClient,
        Instant opened,
        Instant closed,
        FlowOutcome outcome) {

    public FlowRecord {
        path = List.copyOf(path);
    }

    /** Time open so far (if still active) or in total. */
    public Duration duration() {
        return Duration.between(opened, closed == null ? Instant.now() : closed);
    }

    public boolean isActive() {
        return outcome == FlowOutcome.ACTIVE;
    }
}
