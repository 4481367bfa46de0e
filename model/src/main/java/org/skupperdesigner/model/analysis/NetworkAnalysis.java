package org.skupperdesigner.model.analysis;

import java.util.List;

/**
 * Everything {@code skupper-designer analyze} reports about one network.
 *
 * @param network        the network view and exposure view
 * @param singlePoints   the single points of failure
 * @param reachability   the reachability proof of every listener
 * @param whatIf         answers to the what-if questions asked (may be empty)
 */
public record NetworkAnalysis(NetworkPartitionView network, SinglePointsOfFailureReport singlePoints,
                              ReachabilityReport reachability, List<WhatIfResult> whatIf) {

    public NetworkAnalysis {
        whatIf = List.copyOf(whatIf);
    }

    public String toText(boolean paths) {
        StringBuilder sb = new StringBuilder();
        sb.append(network.toText()).append('\n').append(singlePoints.toText()).append('\n')
                .append(reachability.toText(paths));
        for (WhatIfResult w : whatIf) {
            sb.append('\n').append(w.toText());
        }
        return sb.toString();
    }
}
