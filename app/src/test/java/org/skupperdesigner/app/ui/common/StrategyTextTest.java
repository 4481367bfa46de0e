package org.skupperdesigner.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.model.resource.MultiKeyStrategy;

class StrategyTextTest {

    @Test
    void priorityKeysReadInOrderAndShortenToTheFirstAndACount() {
        MultiKeyStrategy two = MultiKeyStrategy.priority(List.of("orders", "orders-dr"));
        assertThat(StrategyText.full(two)).isEqualTo("orders › orders-dr");
        assertThat(StrategyText.shortForm(two)).isEqualTo("orders › orders-dr");
        MultiKeyStrategy three = MultiKeyStrategy.priority(List.of("payments", "payments-eu", "payments-dr"));
        assertThat(StrategyText.shortForm(three)).isEqualTo("payments › +2");
        assertThat(StrategyText.kind(three)).isEqualTo("priority");
    }

    @Test
    void weightedKeysCarryTheirWeights() {
        MultiKeyStrategy weighted = MultiKeyStrategy.weighted(Map.of("b", 1L, "a", 3L));
        assertThat(StrategyText.full(weighted)).isEqualTo("a 3 · b 1");
        assertThat(StrategyText.kind(weighted)).isEqualTo("weighted");
        assertThat(StrategyText.shortForm(MultiKeyStrategy.weighted(Map.of("inventory-primary", 9L,
                "inventory-secondary", 1L)))).isEqualTo("inventory-primary · +1");
    }
}
