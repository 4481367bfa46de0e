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

    /** The entries of one listener: one, or one per key of a multi-key listener in strategy order. */
    public List<ListenerReachability> of(String listenerElementId) {
        return listeners.stream().filter(l -> l.listener().equals(listenerElementId))
                .sorted(java.util.Comparator.comparingInt(ListenerReachability::rank)).toList();
    }

    /**
     * The keys of one listener that take its new connections now (reference B.9): a listener's key while some
     * connector is reachable; for a priority multi-key listener the first key with a reachable connector; for a
     * weighted one every such key. Empty when none can.
     */
    public List<ListenerReachability> serving(String listenerElementId) {
        List<ListenerReachability> open = of(listenerElementId).stream().filter(ListenerReachability::open).toList();
        boolean priority = !open.isEmpty() && "priority".equals(open.get(0).strategy());
        return priority ? open.subList(0, 1) : open;
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
