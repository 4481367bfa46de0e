package org.skupperdesigner.model.validation.rules.routingkeys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.skupperdesigner.model.text.EditDistance;
import org.skupperdesigner.model.validation.ValidationContext;
import org.skupperdesigner.model.validation.support.DrawnTopology;
import org.skupperdesigner.model.validation.support.ServiceEndpoint;
import org.skupperdesigner.model.validation.support.ServiceIndex;

/**
 * What each listener's routing key finds in its network (the drawn topology's connected part): connectors, only
 * connectors in other networks, only near-miss keys, or nothing. Computed once per snapshot and shared by the
 * routing-key rules.
 */
public final class RoutingKeyMatches {

    /** What one listener endpoint's key finds, in order of precedence. */
    public enum Outcome { MATCHED, OTHER_NETWORK, NEAR_MISS, UNMATCHED }

    /**
     * @param listener   the listener endpoint
     * @param outcome    what its key finds
     * @param candidates connectors elsewhere (OTHER_NETWORK) or with a near-miss key (NEAR_MISS), else empty
     */
    public record ListenerMatch(ServiceEndpoint listener, Outcome outcome, List<ServiceEndpoint> candidates) {

        /** The listener's element id, then its candidates' (what a diagnostic about this match points at). */
        public List<String> elementIds() {
            List<String> ids = new ArrayList<>();
            ids.add(listener.elementId());
            candidates.forEach(c -> ids.add(c.elementId()));
            return ids;
        }
    }

    private static final Object KEY = new Object();

    private final List<ListenerMatch> listeners = new ArrayList<>();
    private final Set<String> nearMissConnectors = new HashSet<>();

    private RoutingKeyMatches(ValidationContext ctx) {
        ServiceIndex services = ctx.services();
        DrawnTopology topology = ctx.topology();
        Map<String, List<String>> nearMissCache = new HashMap<>();
        for (ServiceEndpoint l : services.listeners()) {
            List<ServiceEndpoint> connectors = services.connectors(l.routingKey());
            if (connectors.stream().anyMatch(c -> topology.sameNetwork(c.siteId(), l.siteId()))) {
                listeners.add(new ListenerMatch(l, Outcome.MATCHED, List.of()));
            } else if (!connectors.isEmpty()) {
                listeners.add(new ListenerMatch(l, Outcome.OTHER_NETWORK, connectors));
            } else {
                List<String> keys = nearMissCache.computeIfAbsent(l.routingKey(),
                        k -> nearMisses(k, services.connectorKeys(), ctx.options().nearMissMaxDistance()));
                List<ServiceEndpoint> candidates = new ArrayList<>();
                for (String k : keys) {
                    services.connectors(k).stream().filter(c -> topology.sameNetwork(c.siteId(), l.siteId()))
                            .forEach(candidates::add);
                }
                if (candidates.isEmpty()) {
                    listeners.add(new ListenerMatch(l, Outcome.UNMATCHED, List.of()));
                } else {
                    listeners.add(new ListenerMatch(l, Outcome.NEAR_MISS, candidates));
                    candidates.forEach(c -> nearMissConnectors.add(c.elementId()));
                }
            }
        }
    }

    public static RoutingKeyMatches of(ValidationContext ctx) {
        return ctx.derived(KEY, RoutingKeyMatches::new);
    }

    public List<ListenerMatch> listeners() {
        return listeners;
    }

    /** The listeners whose key has this outcome. */
    public List<ListenerMatch> listeners(Outcome outcome) {
        return listeners.stream().filter(m -> m.outcome() == outcome).toList();
    }

    /** Connectors already named as the likely intent of some listener's mistyped key. */
    public boolean isNearMissCandidate(ServiceEndpoint connector) {
        return nearMissConnectors.contains(connector.elementId());
    }

    /**
     * Keys that differ from {@code key} only by case, '-' versus '_', or at most {@code max} edits (and fewer edits
     * than either key is long, so "db" does not suggest "mq"), closest first. Keys that differ only in their digits
     * are not suggested.
     */
    private static boolean differOnlyInDigits(String a, String b) {
        return a.replaceAll("[0-9]", "").equals(b.replaceAll("[0-9]", ""));
    }

    public static List<String> nearMisses(String key, Set<String> candidates, int max) {
        String norm = EditDistance.normalize(key);
        Map<String, Integer> found = new LinkedHashMap<>();
        for (String c : candidates) {
            if (c.equals(key)) {
                continue;
            }
            String cn = EditDistance.normalize(c);
            if (!cn.equals(norm) && differOnlyInDigits(norm, cn)) {
                continue; // svc-12 and svc-13 are numbered on purpose, not mistyped
            }
            int d = cn.equals(norm) ? 0 : EditDistance.within(norm, cn, max);
            if (d <= max && d < Math.min(norm.length(), cn.length())) {
                found.put(c, d);
            }
        }
        return found.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }
}
