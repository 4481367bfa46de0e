package org.skupperdesigner.model.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.support.ServiceEndpoint;

/**
 * An int-indexed copy of a {@link RoutingTopology} for answering "who still reaches what" many times over (one
 * what-if per site and per link). Reachability ignores cost: a listener reaches a connector of its key when both
 * sites attach to the same connected part of the interior graph (an edge site attaches through its active uplink,
 * failing over to the next one whose link and target survive). Plain arrays and a BFS per question keep a
 * thousand-site what-if sweep well under a second (see {@code docs/decisions/0204}).
 */
final class ConnectivityIndex {

    static final int NONE = -1;

    final RoutingTopology topology;
    final String[] siteIds;
    final Map<String, Integer> siteIndex = new HashMap<>();
    final boolean[] edge;
    final int[][] neighbours;
    final int[][] neighbourLinks;
    final int[][] uplinkTargets;
    final int[][] uplinkLinks;
    final List<NetworkLink> links = new ArrayList<>();
    final Map<String, Integer> linkIndex = new HashMap<>();
    final List<ServiceEndpoint> listeners = new ArrayList<>();
    final int[] listenerSite;
    final int[] listenerKey;
    final List<ServiceEndpoint> connectors = new ArrayList<>();
    final int[] connectorSite;
    final int[][] connectorsOfKey;
    final int[] connectorKey;
    /** Listener endpoints per site, and per key. */
    final int[][] listenersAt;
    final int[][] listenersOfKey;
    /** Distinct keys the connectors of each site serve. */
    final int[][] keysServedAt;
    /** For each interior site, the edge sites whose active uplink goes to it. */
    final int[][] edgesHangingOn;

    ConnectivityIndex(RoutingTopology topology) {
        this.topology = topology;
        List<NetworkSite> sites = topology.sites();
        int n = sites.size();
        siteIds = new String[n];
        edge = new boolean[n];
        for (int i = 0; i < n; i++) {
            siteIds[i] = sites.get(i).id();
            siteIndex.put(siteIds[i], i);
            edge[i] = sites.get(i).isEdge();
        }
        List<List<int[]>> adjacency = new ArrayList<>();
        List<List<int[]>> ups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adjacency.add(new ArrayList<>());
            ups.add(new ArrayList<>());
        }
        for (NetworkLink l : topology.usableLinks()) {
            int li = links.size();
            links.add(l);
            linkIndex.putIfAbsent(l.id(), li);
            int from = siteIndex.get(l.fromSite());
            int to = siteIndex.get(l.toSite());
            if (edge[from]) {
                ups.get(from).add(new int[] {to, li});
            } else {
                adjacency.get(from).add(new int[] {to, li});
                adjacency.get(to).add(new int[] {from, li});
            }
        }
        neighbours = new int[n][];
        neighbourLinks = new int[n][];
        uplinkTargets = new int[n][];
        uplinkLinks = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] = adjacency.get(i).stream().mapToInt(a -> a[0]).toArray();
            neighbourLinks[i] = adjacency.get(i).stream().mapToInt(a -> a[1]).toArray();
            uplinkTargets[i] = ups.get(i).stream().mapToInt(a -> a[0]).toArray();
            uplinkLinks[i] = ups.get(i).stream().mapToInt(a -> a[1]).toArray();
        }
        Map<String, Integer> keys = new HashMap<>();
        List<List<Integer>> byKey = new ArrayList<>();
        for (NetworkSite s : sites) {
            for (ServiceEndpoint c : topology.services(s.id()).connectors()) {
                int k = keys.computeIfAbsent(c.routingKey(), x -> {
                    byKey.add(new ArrayList<>());
                    return byKey.size() - 1;
                });
                byKey.get(k).add(connectors.size());
                connectors.add(c);
            }
            listeners.addAll(topology.services(s.id()).listeners());
        }
        connectorSite = connectors.stream().mapToInt(c -> siteIndex.get(c.siteId())).toArray();
        connectorsOfKey = byKey.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        listenerSite = listeners.stream().mapToInt(l -> siteIndex.get(l.siteId())).toArray();
        listenerKey = listeners.stream().mapToInt(l -> keys.getOrDefault(l.routingKey(), NONE)).toArray();
        connectorKey = connectors.stream().mapToInt(c -> keys.get(c.routingKey())).toArray();
        listenersAt = group(n, listenerSite);
        listenersOfKey = group(byKey.size(), listenerKey);
        keysServedAt = new int[n][];
        List<java.util.Set<Integer>> served = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            served.add(new java.util.LinkedHashSet<>());
        }
        for (int c = 0; c < connectorSite.length; c++) {
            served.get(connectorSite[c]).add(connectorKey[c]);
        }
        for (int i = 0; i < n; i++) {
            keysServedAt[i] = served.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        int[] hangsOn = new int[n];
        for (int i = 0; i < n; i++) {
            hangsOn[i] = edge[i] ? activeUplinkTarget(i, NONE, NONE) : NONE;
        }
        edgesHangingOn = group(n, hangsOn);
    }

    /** For each bucket 0..size-1, the indices i with {@code bucketOf[i]} == bucket (NONE skipped). */
    private static int[][] group(int size, int[] bucketOf) {
        int[] count = new int[size];
        for (int b : bucketOf) {
            if (b != NONE) {
                count[b]++;
            }
        }
        int[][] result = new int[size][];
        for (int i = 0; i < size; i++) {
            result[i] = new int[count[i]];
        }
        int[] fill = new int[size];
        for (int i = 0; i < bucketOf.length; i++) {
            int b = bucketOf[i];
            if (b != NONE) {
                result[b][fill[b]++] = i;
            }
        }
        return result;
    }

    int sites() {
        return siteIds.length;
    }

    /**
     * For every site, a label of the connected part it attaches to with {@code removedSite} and
     * {@code removedLink} gone (either may be {@link #NONE}); removed sites get {@link #NONE}, edge sites with no
     * surviving uplink a label of their own.
     */
    int[] attachment(int removedSite, int removedLink) {
        int n = siteIds.length;
        int[] label = new int[n];
        Arrays.fill(label, NONE);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int next = 0;
        for (int start = 0; start < n; start++) {
            if (edge[start] || start == removedSite || label[start] != NONE) {
                continue;
            }
            int id = next++;
            label[start] = id;
            queue.add(start);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int j = 0; j < neighbours[v].length; j++) {
                    int w = neighbours[v][j];
                    if (label[w] == NONE && w != removedSite && neighbourLinks[v][j] != removedLink) {
                        label[w] = id;
                        queue.add(w);
                    }
                }
            }
        }
        for (int e = 0; e < n; e++) {
            if (!edge[e] || e == removedSite) {
                continue;
            }
            int up = activeUplinkTarget(e, removedSite, removedLink);
            label[e] = up == NONE ? next++ : label[up];
        }
        return label;
    }

    /** The target of the first uplink of edge site {@code e} that survives the removal, or {@link #NONE}. */
    int activeUplinkTarget(int e, int removedSite, int removedLink) {
        for (int j = 0; j < uplinkTargets[e].length; j++) {
            if (uplinkTargets[e][j] != removedSite && uplinkLinks[e][j] != removedLink) {
                return uplinkTargets[e][j];
            }
        }
        return NONE;
    }

    /** Whether listener endpoint {@code l} reaches any connector of its key under {@code label}. */
    boolean reaches(int l, int[] label, int removedConnector) {
        int key = listenerKey[l];
        int site = listenerSite[l];
        if (key == NONE || label[site] == NONE) {
            return false;
        }
        for (int c : connectorsOfKey[key]) {
            if (c != removedConnector && label[connectorSite[c]] == label[site]) {
                return true;
            }
        }
        return false;
    }
}
