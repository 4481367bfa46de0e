package org.skupperdesigner.model.analysis;

import java.util.List;

/**
 * The single points of failure of a network.
 *
 * @param bridges             interior links whose loss splits the interior network
 * @param cutSites            interior sites whose loss splits the network (cut vertices, or the only uplink
 *                            target of some edge site)
 * @param singleUplinkEdges   edge sites with exactly one usable uplink
 * @param singleConnectorKeys connectors that are the only reachable connector of some listener
 */
public record SinglePointsOfFailureReport(List<SinglePointOfFailure> bridges, List<SinglePointOfFailure> cutSites,
                                          List<SinglePointOfFailure> singleUplinkEdges,
                                          List<SinglePointOfFailure> singleConnectorKeys) {

    public SinglePointsOfFailureReport {
        bridges = List.copyOf(bridges);
        cutSites = List.copyOf(cutSites);
        singleUplinkEdges = List.copyOf(singleUplinkEdges);
        singleConnectorKeys = List.copyOf(singleConnectorKeys);
    }

    public String toText() {
        StringBuilder sb = new StringBuilder("Single points of failure\n");
        section(sb, "Bridges (links whose loss splits the interior network)", bridges);
        section(sb, "Cut sites", cutSites);
        section(sb, "Edge sites with one uplink", singleUplinkEdges);
        section(sb, "Keys served by one connector", singleConnectorKeys);
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<SinglePointOfFailure> items) {
        sb.append("  ").append(title).append(": ").append(items.isEmpty() ? "none" : items.size()).append('\n');
        for (SinglePointOfFailure s : items) {
            sb.append("    - ").append(s.element()).append(": ").append(s.description());
            if (!s.listenersLosingAll().isEmpty()) {
                sb.append("; without it ").append(s.listenersLosingAll().size()).append(" listener(s) reach nothing: ")
                        .append(abbreviate(s.listenersLosingAll()));
            }
            sb.append('\n');
        }
    }

    static String abbreviate(List<String> ids) {
        if (ids.size() <= 5) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, 5)) + " and " + (ids.size() - 5) + " more";
    }
}
