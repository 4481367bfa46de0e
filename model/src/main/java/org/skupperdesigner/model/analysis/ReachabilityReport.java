package org.skupperdesigner.model.analysis;

import java.util.List;

/**
 * Reachability proofs for every listener of a network.
 *
 * @param listeners one entry per listener (and per routing key of each multi-key listener), in design order
 */
public record ReachabilityReport(List<ListenerReachability> listeners) {

    public ReachabilityReport {
        listeners = List.copyOf(listeners);
    }

    /** Listeners whose socket would stay closed: no connector reachable. */
    public List<ListenerReachability> closed() {
        return listeners.stream().filter(l -> !l.open()).toList();
    }

    /** A terminal rendering; {@code paths} adds every route, not just the first pick. */
    public String toText(boolean paths) {
        StringBuilder sb = new StringBuilder("Reachability (" + listeners.size() + " listener keys, "
                + closed().size() + " closed)\n");
        for (ListenerReachability l : listeners) {
            sb.append("  ").append(l.listener()).append(" [").append(l.routingKey()).append(']');
            if (l.strategy() != null) {
                sb.append(" (").append(l.strategy()).append(" #").append(l.rank() + 1).append(')');
            }
            if (!l.open()) {
                sb.append(": CLOSED - ").append(l.reason()).append('\n');
                continue;
            }
            sb.append(": ").append(l.routes().size()).append(" connector(s); first pick ").append(l.firstPick())
                    .append(" via ").append(l.routes().get(0).describe()).append('\n');
            sb.append("      why: ").append(l.reason()).append('\n');
            if (paths) {
                for (ConnectorRoute r : l.routes()) {
                    sb.append("      - ").append(r.connector()).append(": ").append(r.describe());
                    if (!r.links().isEmpty()) {
                        sb.append(" over ").append(String.join(", ", r.links()));
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }
}
