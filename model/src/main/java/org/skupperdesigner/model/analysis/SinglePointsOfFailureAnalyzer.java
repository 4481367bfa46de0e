package org.skupperdesigner.model.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;

/**
 * Finds the single points of failure: bridges and cut vertices of the interior graph (JGraphT's
 * BiconnectivityInspector), interior sites that are every uplink of some edge site, edge sites with one uplink, and
 * connectors that are the only one a listener reaches. Each comes with the listeners that would lose every
 * connector without it (from {@link WhatIfAnalyzer}).
 */
public final class SinglePointsOfFailureAnalyzer {

    public SinglePointsOfFailureReport analyze(Network network) {
        RoutingTopology topology = new RoutingTopology(network);
        return analyze(topology, new WhatIfAnalyzer(topology));
    }

    public SinglePointsOfFailureReport analyze(RoutingTopology topology, WhatIfAnalyzer whatIf) {
        BiconnectivityInspector<String, NetworkLink> inspector =
                new BiconnectivityInspector<>(topology.interiorGraph());
        List<SinglePointOfFailure> bridges = new ArrayList<>();
        Set<NetworkLink> bridgeSet = inspector.getBridges();
        for (NetworkLink l : topology.usableLinks()) {
            if (bridgeSet.contains(l)) {
                bridges.add(new SinglePointOfFailure(ElementIds.link(l.id()), "only connection between "
                        + l.fromSite() + "'s side and " + l.toSite() + "'s side",
                        whatIf.removeLink(l.id()).listenersLosingAll()));
            }
        }
        Map<String, Set<String>> soleUplinkOf = new LinkedHashMap<>();
        List<SinglePointOfFailure> singleUplink = new ArrayList<>();
        for (NetworkSite s : topology.sites()) {
            List<NetworkLink> ups = topology.uplinks(s.id());
            if (!s.isEdge() || ups.isEmpty()) {
                continue;
            }
            Set<String> targets = new LinkedHashSet<>();
            ups.forEach(u -> targets.add(u.toSite()));
            if (targets.size() == 1) {
                soleUplinkOf.computeIfAbsent(targets.iterator().next(), k -> new LinkedHashSet<>()).add(s.id());
            }
            if (ups.size() == 1) {
                NetworkLink up = ups.get(0);
                singleUplink.add(new SinglePointOfFailure(ElementIds.site(s.id()), "only uplink is "
                        + ElementIds.link(up.id()) + " to " + up.toSite(),
                        whatIf.removeLink(up.id()).listenersLosingAll()));
            }
        }
        Set<String> cutPoints = inspector.getCutpoints();
        List<SinglePointOfFailure> cutSites = new ArrayList<>();
        for (NetworkSite s : topology.sites()) {
            boolean cut = cutPoints.contains(s.id());
            Set<String> edges = soleUplinkOf.get(s.id());
            if (!cut && edges == null) {
                continue;
            }
            String why = cut ? "its loss splits the interior network" : "";
            if (edges != null) {
                why += (why.isEmpty() ? "" : "; ") + "every uplink of edge site(s) " + String.join(", ", edges)
                        + " goes to it";
            }
            cutSites.add(new SinglePointOfFailure(ElementIds.site(s.id()), why,
                    whatIf.removeSite(s.id()).listenersLosingAll()));
        }
        return new SinglePointsOfFailureReport(bridges, cutSites, singleUplink, singleConnectors(whatIf));
    }

    private static List<SinglePointOfFailure> singleConnectors(WhatIfAnalyzer whatIf) {
        ConnectivityIndex index = whatIf.index();
        int[] label = index.attachment(ConnectivityIndex.NONE, ConnectivityIndex.NONE);
        Map<Integer, Set<String>> dependants = new LinkedHashMap<>();
        for (int l = 0; l < index.listeners.size(); l++) {
            int key = index.listenerKey[l];
            if (key == ConnectivityIndex.NONE || label[index.listenerSite[l]] == ConnectivityIndex.NONE) {
                continue;
            }
            int only = ConnectivityIndex.NONE;
            int count = 0;
            for (int c : index.connectorsOfKey[key]) {
                if (label[index.connectorSite[c]] == label[index.listenerSite[l]]) {
                    only = c;
                    count++;
                }
            }
            if (count == 1) {
                dependants.computeIfAbsent(only, k -> new LinkedHashSet<>()).add(index.listeners.get(l).elementId());
            }
        }
        List<SinglePointOfFailure> result = new ArrayList<>();
        dependants.forEach((c, listeners) -> {
            String id = index.connectors.get(c).elementId();
            result.add(new SinglePointOfFailure(id, "only connector for '" + index.connectors.get(c).routingKey()
                    + "' that " + listeners.size() + " listener(s) reach",
                    whatIf.removeConnector(id).listenersLosingAll()));
        });
        return result;
    }
}
