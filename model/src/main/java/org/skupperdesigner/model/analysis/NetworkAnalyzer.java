package org.skupperdesigner.model.analysis;

import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;

/**
 * Runs every analysis on one snapshot, sharing the routing topology between them.
 */
public final class NetworkAnalyzer {

    /**
     * @param whatIf element ids to remove one at a time: {@code site/<id or name>}, {@code link/<id>}, or a
     *               connector's {@code <site>/Connector/<name>}
     */
    public NetworkAnalysis analyze(Network network, List<String> whatIf) {
        RoutingTopology topology = new RoutingTopology(network);
        WhatIfAnalyzer whatIfAnalyzer = new WhatIfAnalyzer(topology);
        List<WhatIfResult> answers = new ArrayList<>();
        for (String element : whatIf) {
            answers.add(ask(network, whatIfAnalyzer, element));
        }
        return new NetworkAnalysis(NetworkPartitionView.of(topology),
                new SinglePointsOfFailureAnalyzer().analyze(topology, whatIfAnalyzer),
                new ReachabilityAnalyzer().analyze(topology), answers);
    }

    /** Answers one what-if; links may also be named {@code link/A-B} (the link between sites A and B). */
    public static WhatIfResult ask(Network network, WhatIfAnalyzer analyzer, String element) {
        if (ElementIds.isSite(element)) {
            return analyzer.removeSite(element.substring(ElementIds.SITE_PREFIX.length()));
        }
        if (ElementIds.isLink(element)) {
            String name = element.substring(ElementIds.LINK_PREFIX.length());
            return analyzer.removeLink(LinkLookup.find(network, name).map(NetworkLink::id).orElse(name));
        }
        return analyzer.removeConnector(element);
    }
}
