package org.skupperdesigner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.bench.SyntheticDesigns;

/**
 * The what-if shortcuts (local re-checks, skipped searches) give the same answers as recomputing reachability
 * from scratch on the network without the element, for every site and link of generated designs.
 */
class WhatIfAgreesWithRecomputationTest {

    @Test
    void everySiteAndLinkOfGeneratedDesigns() {
        for (long seed = 1; seed <= 4; seed++) {
            Network network = SyntheticDesigns.generate(60, seed);
            WhatIfAnalyzer whatIf = new WhatIfAnalyzer(network);
            Set<String> before = reachingListeners(network);
            for (NetworkSite s : network.sites()) {
                Set<String> after = reachingListeners(network.withoutSite(s.id()));
                Set<String> expected = lost(before, after, s.id());
                assertThat(whatIf.removeSite(s.id()).listenersLosingAll()).as("seed %d site %s", seed, s.id())
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
            for (NetworkLink l : network.links()) {
                Set<String> expected = lost(before, reachingListeners(network.withoutLink(l.id())), null);
                assertThat(whatIf.removeLink(l.id()).listenersLosingAll()).as("seed %d link %s", seed, l.id())
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    private static Set<String> reachingListeners(Network network) {
        Set<String> reaching = new LinkedHashSet<>();
        for (ListenerReachability l : new ReachabilityAnalyzer().analyze(network).listeners()) {
            if (l.open()) {
                reaching.add(l.listener());
            }
        }
        return reaching;
    }

    private static Set<String> lost(Set<String> before, Set<String> after, String removedSite) {
        Set<String> lost = new LinkedHashSet<>(before);
        lost.removeAll(after);
        if (removedSite != null) {
            lost.removeIf(id -> id.startsWith(removedSite + "/"));
        }
        return lost;
    }

    @Test
    void generatedDesignsHaveSomethingToLose() {
        Network network = SyntheticDesigns.generate(60, 1);
        List<WhatIfResult> all = new WhatIfAnalyzer(network).everySite();

        assertThat(all).anySatisfy(r -> assertThat(r.listenersLosingAll()).isNotEmpty());
    }
}
