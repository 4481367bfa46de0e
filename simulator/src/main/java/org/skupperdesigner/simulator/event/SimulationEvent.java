package org.skupperdesigner.simulator.event;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Something that happened in a running simulation, named by design element ids ({@code link/east-to-west},
 * {@code west/backend}, {@code site/east}) rather than router internals. {@code at} is the time since the
 * simulation started. Delivered in batches (see {@link EventBus}).
 */
public sealed interface SimulationEvent {
    Duration at();

    /** One-line description for logs, progress output and report timelines. */
    String describe();

    /** A link came up, went down or was refused, as seen by the dialling site's router. */
    record LinkChanged(Duration at, String linkId, LinkState state, int cost, String detail) implements SimulationEvent {
        @Override
        public String describe() {
            return "link/" + linkId + " " + state.name().toLowerCase() + (detail == null || detail.isEmpty() ? ""
                    : " (" + detail + ")");
        }
    }

    /** What one router can reach changed: routers by path cost and the routing keys it can serve. */
    record RoutesChanged(Duration at, String siteId, Map<String, Integer> costs, Set<String> reachableKeys)
            implements SimulationEvent {
        @Override
        public String describe() {
            return "site/" + siteId + " routes " + costs + " keys " + reachableKeys;
        }
    }

    /** A listener's socket opened (a connector became reachable) or closed (none left). */
    record ListenerChanged(Duration at, String listenerId, boolean open, int port) implements SimulationEvent {
        @Override
        public String describe() {
            return "listener " + listenerId + (open ? " open on 127.0.0.1:" + port : " closed (no reachable connector)");
        }
    }

    /** A client connection was accepted by a listener. */
    record FlowStarted(Duration at, FlowView flow) implements SimulationEvent {
        @Override
        public String describe() {
            return "flow " + flow.flowId() + " opened at " + flow.listenerId();
        }
    }

    /** A client connection ended; the view says who served it and over which links. */
    record FlowEnded(Duration at, FlowView flow) implements SimulationEvent {
        @Override
        public String describe() {
            return "flow " + flow.flowId() + " " + flow.outcome().name().toLowerCase() + " via " + flow.sitePath()
                    + (flow.connectorId() == null ? "" : " served by " + flow.connectorId());
        }
    }

    /** A fault was injected or lifted. */
    record FaultChanged(Duration at, String target, String fault, boolean active, String detail)
            implements SimulationEvent {
        @Override
        public String describe() {
            return (active ? "fault " : "restored ") + target + ": " + fault + (detail == null || detail.isEmpty()
                    ? "" : " (" + detail + ")");
        }
    }

    /** A site's router was started or stopped. */
    record SiteChanged(Duration at, String siteId, boolean running) implements SimulationEvent {
        @Override
        public String describe() {
            return "site/" + siteId + (running ? " started" : " stopped");
        }
    }

    /** A design edit was applied to the running network. */
    record DesignApplied(Duration at, List<String> changes) implements SimulationEvent {
        @Override
        public String describe() {
            return "design change: " + (changes.isEmpty() ? "nothing to do" : String.join("; ", changes));
        }
    }

    /** Free text: scenario steps, traffic starting and stopping. */
    record Note(Duration at, String text) implements SimulationEvent {
        @Override
        public String describe() {
            return text;
        }
    }

    /** Link states reported by {@link LinkChanged}. */
    enum LinkState { UP, DOWN, REFUSED }
}
