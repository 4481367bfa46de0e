package org.skupperdesigner.simulator.event;

import java.time.Duration;
import java.util.List;
import org.skupperdesigner.router.observe.FlowOutcome;

/**
 * One client connection in design terms.
 *
 * @param flowId         router flow id
 * @param listenerId     {@code site/listener} that accepted it
 * @param routingKey     its routing key
 * @param sitePath       sites whose routers it crossed, from the listener's to the connector's
 * @param linkPath       links between consecutive sites of the path (same order)
 * @param connectorId    {@code site/connector} that served it, or null if none did
 * @param servedBy       the serving replica ({@code site/connector} or {@code site/connector-N}), or null
 * @param bytesOut       client to server bytes
 * @param bytesBack      server to client bytes
 * @param opened         when the listener accepted it, since the simulation started
 * @param closed         when it ended, or null while active
 * @param outcome        how it ended
 */
public record FlowView(String flowId, String listenerId, String routingKey, List<String> sitePath,
                       List<String> linkPath, String connectorId, String servedBy, long bytesOut, long bytesBack,
                       Duration opened, Duration closed, FlowOutcome outcome) {
    public FlowView {
        sitePath = List.copyOf(sitePath);
        linkPath = List.copyOf(linkPath);
    }

    /** The site of the connector that served it, or null. */
    public String servingSite() {
        return sitePath.isEmpty() || connectorId == null ? null : sitePath.get(sitePath.size() - 1);
    }
}
