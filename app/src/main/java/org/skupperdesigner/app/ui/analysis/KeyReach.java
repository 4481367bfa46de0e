package org.skupperdesigner.app.ui.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.support.ServiceEndpoint;
import org.skupperdesigner.model.validation.support.ServiceIndex;

/**
 * The connectors of one routing key seen from one site: those a path reaches (with its least-cost path) and those
 * none does, with some sites or links failed.
 */
record KeyReach(String key, List<Target> reachable, List<String> unreachable) {

    /** A connector (or bound attached connector) a path reaches. */
    record Target(String siteId, String connectorId, GraphAnalysis.Path path) {
    }

    static KeyReach of(String key, NetworkSite from, ServiceIndex services, GraphAnalysis graph,
                       Set<String> failedSites, Set<String> failedLinks) {
        List<Target> reachable = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        for (ServiceEndpoint c : services.connectors(key)) {
            graph.leastCostPath(from.id(), c.siteId(), failedSites, failedLinks).ifPresentOrElse(
                    path -> reachable.add(new Target(c.siteId(), c.elementId(), path)),
                    () -> unreachable.add(c.elementId()));
        }
        return new KeyReach(key, List.copyOf(reachable), List.copyOf(unreachable));
    }

    int total() {
        return reachable.size() + unreachable.size();
    }

    /** The reachable connector with the least-cost path (the first of equals). */
    Optional<Target> nearest() {
        return reachable.stream().min(Comparator.comparingDouble(t -> t.path().cost()));
    }
}
