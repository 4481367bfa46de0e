package org.skupperdesigner.model.validation.rules.tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.ValidationOptions;

/**
 * The order in which sites can be applied when links are made with tokens: a token can only be redeemed once its
 * accepting site is up and its grant issued, so every accepting site goes in an earlier wave than the sites that
 * redeem its tokens. Sites of one wave are applied together; a wave lasts as long as its slowest site (the
 * per-platform estimates of {@link ValidationOptions}). Constraints that form a cycle cannot all be met; the
 * plan breaks the cycle and marks those links "late": their token is redeemed in a final pass that re-applies the
 * dialing site (see {@code docs/decisions/0203}).
 */
public final class RolloutPlan {

    private final List<List<String>> waves = new ArrayList<>();
    private final Map<String, Integer> waveOf = new HashMap<>();
    private final List<Duration> durations = new ArrayList<>();
    private final Set<NetworkLink> late = new HashSet<>();
    private final Map<String, NetworkSite> sites;
    private final ValidationOptions options;

    /**
     * @param sites      every site of the design, in design order
     * @param tokenLinks links made with tokens (dialing site waits for the accepting one)
     */
    public RolloutPlan(List<NetworkSite> sites, List<NetworkLink> tokenLinks, ValidationOptions options) {
        this.options = options;
        this.sites = new LinkedHashMap<>();
        sites.forEach(s -> this.sites.putIfAbsent(s.id(), s));
        Map<String, Set<String>> waitsFor = new HashMap<>();
        Map<String, Set<String>> unblocks = new HashMap<>();
        Map<String, List<NetworkLink>> linksOf = new HashMap<>();
        for (NetworkLink l : tokenLinks) {
            if (!l.fromSite().equals(l.toSite()) && this.sites.containsKey(l.fromSite())
                    && this.sites.containsKey(l.toSite())) {
                waitsFor.computeIfAbsent(l.fromSite(), k -> new LinkedHashSet<>()).add(l.toSite());
                unblocks.computeIfAbsent(l.toSite(), k -> new LinkedHashSet<>()).add(l.fromSite());
                linksOf.computeIfAbsent(l.fromSite(), k -> new ArrayList<>()).add(l);
            }
        }
        // Kahn's algorithm by layers; each layer is one wave, in design order.
        Map<String, Integer> order = new HashMap<>();
        Map<String, Integer> unmet = new HashMap<>();
        for (String s : this.sites.keySet()) {
            order.put(s, order.size());
            unmet.put(s, waitsFor.getOrDefault(s, Set.of()).size());
        }
        Set<String> remaining = new LinkedHashSet<>(this.sites.keySet());
        List<String> ready = remaining.stream().filter(s -> unmet.get(s) == 0).toList();
        while (!remaining.isEmpty()) {
            List<String> wave = new ArrayList<>(ready);
            if (wave.isEmpty()) {
                // A cycle: start the least-blocked site now; its missing acceptors make its links late.
                String breaker = remaining.stream().min((a, b) -> Integer.compare(unmet.get(a), unmet.get(b)))
                        .orElseThrow();
                wave.add(breaker);
                for (NetworkLink l : linksOf.getOrDefault(breaker, List.of())) {
                    if (!waveOf.containsKey(l.toSite())) {
                        late.add(l);
                    }
                }
            }
            Duration longest = Duration.ZERO;
            List<String> next = new ArrayList<>();
            for (String s : wave) {
                waveOf.put(s, waves.size());
                remaining.remove(s);
                Duration step = stepOf(s);
                longest = step.compareTo(longest) > 0 ? step : longest;
            }
            for (String s : wave) {
                for (String d : unblocks.getOrDefault(s, Set.of())) {
                    if (remaining.contains(d) && unmet.merge(d, -1, Integer::sum) == 0) {
                        next.add(d);
                    }
                }
            }
            next.sort((a, b) -> Integer.compare(order.get(a), order.get(b)));
            waves.add(List.copyOf(wave));
            durations.add(longest);
            ready = next;
        }
    }

    private Duration stepOf(String siteId) {
        NetworkSite s = sites.get(siteId);
        return s.platform().isKubernetes() ? options.kubernetesSiteRollout() : options.systemSiteRollout();
    }

    public List<List<String>> waves() {
        return waves;
    }

    /** Wave index of a site, or -1. */
    public int waveOf(String siteId) {
        return waveOf.getOrDefault(siteId, -1);
    }

    public boolean isLate(NetworkLink link) {
        return late.contains(link);
    }

    /**
     * Time from the accepting site being up (its grant issued) to the dialing site redeeming the token: the waves
     * after the acceptor's up to the dialer's, or, for a late link, to the end of the rollout plus re-applying the
     * dialer.
     */
    public Duration waitOf(NetworkLink link) {
        int from = waveOf(link.toSite());
        int to = waveOf(link.fromSite());
        if (from < 0 || to < 0) {
            return Duration.ZERO;
        }
        if (late.contains(link) || to <= from) {
            return sum(from + 1, waves.size() - 1).plus(stepOf(link.fromSite()));
        }
        return sum(from + 1, to);
    }

    private Duration sum(int fromWave, int toWave) {
        Duration d = Duration.ZERO;
        for (int i = fromWave; i <= toWave && i < durations.size(); i++) {
            d = d.plus(durations.get(i));
        }
        return d;
    }

    /** "1) a, b  2) c  ..." for waves {@code from..to}, at most four sites per wave. */
    public String describe(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, from); i <= to && i < waves.size(); i++) {
            List<String> w = waves.get(i);
            if (sb.length() > 0) {
                sb.append("  ");
            }
            sb.append(i + 1).append(") ").append(String.join(", ", w.subList(0, Math.min(4, w.size()))));
            if (w.size() > 4) {
                sb.append(" +").append(w.size() - 4).append(" more");
            }
        }
        return sb.toString();
    }
}
