package org.skupperdesigner.app.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.model.resource.MultiKeyStrategy;

class StrategyFieldTest {

    @Test
    void priorityKeysAreTypedInOrderAndWeightedOnesWithTheirWeights() {
        assertThat(StrategyField.parse(" orders, orders-dr ", StrategyField.PRIORITY))
                .isEqualTo(MultiKeyStrategy.priority(List.of("orders", "orders-dr")));
        assertThat(StrategyField.parse("orders=3, orders-eu=1", StrategyField.WEIGHTED))
                .isEqualTo(MultiKeyStrategy.weighted(Map.of("orders", 3L, "orders-eu", 1L)));
        MultiKeyStrategy weighted = MultiKeyStrategy.weighted(Map.of("b", 1L, "a", 3L));
        assertThat(StrategyField.keysText(weighted)).isEqualTo("a=3, b=1");
        assertThat(StrategyField.parse(StrategyField.keysText(weighted), StrategyField.type(weighted)))
                .isEqualTo(weighted);
    }

    @Test
    void whatCannotBeAStrategyIsExplained() {
        assertThat(StrategyField.problem("", StrategyField.PRIORITY)).startsWith("at least one routing key");
        assertThat(StrategyField.problem("orders, Orders", StrategyField.PRIORITY)).startsWith("'Orders': lowercase");
        assertThat(StrategyField.problem("orders, orders", StrategyField.PRIORITY)).isEqualTo("'orders' is listed twice");
        assertThat(StrategyField.problem("orders", StrategyField.WEIGHTED)).startsWith("write key=weight pairs");
        assertThat(StrategyField.problem("orders=0", StrategyField.WEIGHTED)).startsWith("a weight is a whole number");
        assertThat(StrategyField.problem("orders=2", StrategyField.WEIGHTED)).isNull();
    }

    @Test
    void changingTheTypeKeepsTheKeys() {
        MultiKeyStrategy priority = MultiKeyStrategy.priority(List.of("orders", "orders-dr"));
        MultiKeyStrategy weighted = StrategyField.withType(priority, StrategyField.WEIGHTED);
        assertThat(weighted.weightedRoutingKeys()).containsExactly(Map.entry("orders", 1L), Map.entry("orders-dr", 1L));
        assertThat(StrategyField.withType(weighted, StrategyField.PRIORITY)).isEqualTo(priority);
    }
}
