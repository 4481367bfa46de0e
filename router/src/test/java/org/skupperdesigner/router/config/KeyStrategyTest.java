package org.skupperdesigner.router.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a multi-key listener reports and where its new connections go, for each set of reachable keys. */
class KeyStrategyTest {
    private final KeyStrategy priority = KeyStrategy.priority(List.of("payments", "payments-dr", "payments-cold"));

    @Test
    void priorityReportsReachableKeysInItsOrderAndServesTheFirst() {
        Set<String> drAndCold = Set.of("payments-cold", "payments-dr");

        assertThat(priority.reachable(drAndCold::contains)).containsExactly("payments-dr", "payments-cold");
        assertThat(priority.serving(drAndCold::contains)).containsExactly("payments-dr");
        assertThat(priority.serving(Set.of("payments", "payments-dr", "payments-cold")::contains))
                .containsExactly("payments");
        assertThat(priority.serving(Set.<String>of()::contains)).isEmpty();
    }

    @Test
    void weightedServesEveryReachableKey() {
        Map<String, Long> weights = new LinkedHashMap<>();
        weights.put("blue", 3L);
        weights.put("green", 1L);
        KeyStrategy weighted = KeyStrategy.weighted(weights);

        assertThat(weighted.serving(Set.of("blue", "green")::contains)).containsExactly("blue", "green");
        assertThat(weighted.serving(Set.of("green")::contains)).containsExactly("green");
        assertThat(weighted.reachable(Set.<String>of()::contains)).isEmpty();
    }

    @Test
    void aSingleKeyIsItsOwnStrategy() {
        KeyStrategy single = KeyStrategy.single("backend");
        assertThat(single.serving(Set.of("backend")::contains)).containsExactly("backend");
        assertThat(single.isWeighted()).isFalse();
        assertThatThrownBy(() -> KeyStrategy.priority(List.of())).hasMessageContaining("at least one routing key");
    }
}
