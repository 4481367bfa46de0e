package org.skupperdesigner.model.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;

/**
 * Answers "what if this site, link or connector were gone?": the listeners that reach a connector today and none
 * afterwards. Edge sites fail over to their next surviving uplink.
 *
 * <p>Most removals change little, and are answered locally: removing an edge site, an interior site that is not a
 * cut vertex of the interior graph, or an edge site's active uplink only changes where the removed site and the
 * edge sites hanging on it attach, so only listeners at those sites, or whose key is served there, are re-checked.
 * Removing a link that is neither an interior bridge nor an active uplink changes nothing. Only cut vertices and
 * bridges of the interior graph (JGraphT's BiconnectivityInspector) need a new search.
 */
public final class WhatIfAnalyzer {

    private final ConnectivityIndex index;
    private final boolean[] bridge;
    private final boolean[] cutVertex;
    private final int[] activeUplinkOf;
    private final List<String> elements = new ArrayList<>();
    private final int[] elementOf;
    private final int[][] endpointsOf;
    private final int[] baseline;
    private final boolean[] baselineReach;
    private final boolean[] baselineAny;

    public WhatIfAnalyzer(Network network) {
        this(new RoutingTopology(network));
    }

    public WhatIfAnalyzer(RoutingTopology topology) {
        index = new ConnectivityIndex(topology);
        int links = index.links.size();
        BiconnectivityInspector<String, NetworkLink> inspector =
                new BiconnectivityInspector<>(topology.interiorGraph());
        Set<NetworkLink> bridges = inspector.getBridges();
        bridge = new boolean[links];
        for (int i = 0; i < links; i++) {
            bridge[i] = bridges.contains(index.links.get(i));
        }
        cutVertex = new boolean[index.sites()];
        for (String v : inspector.getCutpoints()) {
            cutVertex[index.siteIndex.get(v)] = true;
        }
        activeUplinkOf = new int[links];
        Arrays.fill(activeUplinkOf, ConnectivityIndex.NONE);
        for (int s = 0; s < index.sites(); s++) {
            if (index.edge[s] && index.uplinkLinks[s].length > 0) {
                activeUplinkOf[index.uplinkLinks[s][0]] = s;
            }
        }
        // A multi-key listener has one endpoint per key; "losing everything" is judged per element.
        Map<String, List<Integer>> byElement = new LinkedHashMap<>();
        Map<String, Integer> elementIndex = new LinkedHashMap<>();
        elementOf = new int[index.listeners.size()];
        for (int l = 0; l < elementOf.length; l++) {
            String id = index.listeners.get(l).elementId();
            byElement.computeIfAbsent(id, k -> new ArrayList<>()).add(l);
            elementOf[l] = elementIndex.computeIfAbsent(id, k -> {
                elements.add(k);
                return elements.size() - 1;
            });
        }
        endpointsOf = byElement.values().stream().map(e -> e.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        baseline = index.attachment(ConnectivityIndex.NONE, ConnectivityIndex.NONE);
        baselineReach = new boolean[elementOf.length];
        baselineAny = new boolean[elements.size()];
        for (int l = 0; l < elementOf.length; l++) {
            baselineReach[l] = index.reaches(l, baseline, ConnectivityIndex.NONE);
            baselineAny[elementOf[l]] |= baselineReach[l];
        }
    }

    ConnectivityIndex index() {
        return index;
    }

    public WhatIfResult removeSite(String siteIdOrName) {
        Optional<NetworkSite> site = index.topology.network().siteByIdOrName(siteIdOrName);
        Integer s = site.map(x -> index.siteIndex.get(x.id())).orElse(null);
        if (s == null) {
            return new WhatIfResult(ElementIds.site(siteIdOrName), List.of(), List.of(), "no such site");
        }
        String element = ElementIds.site(index.siteIds[s]);
        if (!index.edge[s] && cutVertex[s]) {
            return evaluateAll(element, index.attachment(s, ConnectivityIndex.NONE), s, ConnectivityIndex.NONE);
        }
        int[] label = baseline.clone();
        label[s] = ConnectivityIndex.NONE;
        List<Integer> changed = new ArrayList<>(List.of(s));
        if (!index.edge[s]) {
            for (int e : index.edgesHangingOn[s]) {
                reattach(label, e, s, ConnectivityIndex.NONE);
                changed.add(e);
            }
        }
        return evaluateAround(element, label, changed, s, ConnectivityIndex.NONE);
    }

    public WhatIfResult removeLink(String linkId) {
        String element = ElementIds.link(linkId);
        if (index.topology.network().link(linkId).isEmpty()) {
            return new WhatIfResult(element, List.of(), List.of(), "no such link");
        }
        Integer li = index.linkIndex.get(linkId);
        if (li == null) {
            return new WhatIfResult(element, List.of(), List.of(), "this link does not come up anyway (see validate)");
        }
        if (bridge[li]) {
            return evaluateAll(element, index.attachment(ConnectivityIndex.NONE, li), ConnectivityIndex.NONE,
                    ConnectivityIndex.NONE);
        }
        int edgeSite = activeUplinkOf[li];
        if (edgeSite == ConnectivityIndex.NONE) {
            return new WhatIfResult(element, List.of(), List.of(), "");
        }
        int[] label = baseline.clone();
        reattach(label, edgeSite, ConnectivityIndex.NONE, li);
        return evaluateAround(element, label, List.of(edgeSite), ConnectivityIndex.NONE, ConnectivityIndex.NONE);
    }

    /** Removes one connector (or attached connector binding), by element id. */
    public WhatIfResult removeConnector(String elementId) {
        for (int c = 0; c < index.connectors.size(); c++) {
            if (index.connectors.get(c).elementId().equals(elementId)) {
                return evaluate(elementId, baseline, index.listenersOfKey[index.connectorKey[c]],
                        ConnectivityIndex.NONE, c);
            }
        }
        return new WhatIfResult(elementId, List.of(), List.of(), "no such connector");
    }

    public List<WhatIfResult> everySite() {
        List<WhatIfResult> results = new ArrayList<>();
        for (String id : index.siteIds) {
            results.add(removeSite(id));
        }
        return results;
    }

    public List<WhatIfResult> everyLink() {
        List<WhatIfResult> results = new ArrayList<>();
        for (NetworkLink l : index.topology.network().links()) {
            results.add(removeLink(l.id()));
        }
        return results;
    }

    /** Re-attaches edge site {@code e} through its first surviving uplink; a label of its own when none. */
    private void reattach(int[] label, int e, int removedSite, int removedLink) {
        int target = index.activeUplinkTarget(e, removedSite, removedLink);
        label[e] = target == ConnectivityIndex.NONE ? -2 - e : label[target];
    }

    private WhatIfResult evaluateAll(String removed, int[] label, int removedSite, int removedConnector) {
        int[] all = new int[elementOf.length];
        Arrays.setAll(all, i -> i);
        return evaluate(removed, label, all, removedSite, removedConnector);
    }

    /** Only listeners at the changed sites, or whose key is served there, can change. */
    private WhatIfResult evaluateAround(String removed, int[] label, List<Integer> changed, int removedSite,
                                        int removedConnector) {
        BitSet affected = new BitSet(elementOf.length);
        for (int s : changed) {
            for (int l : index.listenersAt[s]) {
                affected.set(l);
            }
            for (int k : index.keysServedAt[s]) {
                for (int l : index.listenersOfKey[k]) {
                    affected.set(l);
                }
            }
        }
        return evaluate(removed, label, affected.stream().toArray(), removedSite, removedConnector);
    }

    /** Re-checks the elements owning the {@code candidates} endpoints; everything else keeps its reachability. */
    private WhatIfResult evaluate(String removed, int[] label, int[] candidates, int removedSite,
                                  int removedConnector) {
        BitSet seen = new BitSet(elements.size());
        List<Integer> losing = new ArrayList<>();
        List<Integer> gone = new ArrayList<>();
        for (int l : candidates) {
            int e = elementOf[l];
            if (seen.get(e) || !baselineAny[e]) {
                continue;
            }
            seen.set(e);
            if (index.listenerSite[l] == removedSite) {
                gone.add(e);
                continue;
            }
            boolean reaches = false;
            for (int endpoint : endpointsOf[e]) {
                if (baselineReach[endpoint] && index.reaches(endpoint, label, removedConnector)) {
                    reaches = true;
                    break;
                }
            }
            if (!reaches) {
                losing.add(e);
            }
        }
        if (removedSite != ConnectivityIndex.NONE) {
            for (int l : index.listenersAt[removedSite]) {
                if (!seen.get(elementOf[l])) {
                    seen.set(elementOf[l]);
                    gone.add(elementOf[l]);
                }
            }
        }
        losing.sort(null);
        gone.sort(null);
        return new WhatIfResult(removed, losing.stream().map(elements::get).toList(),
                gone.stream().map(elements::get).toList(), "");
    }
}
