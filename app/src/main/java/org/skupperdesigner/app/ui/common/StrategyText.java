package org.skupperdesigner.app.ui.common;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.skupperdesigner.model.resource.MultiKeyStrategy;

/** A MultiKeyListener's strategy in words: {@code orders › orders-dr} (priority), {@code a 3 · b 1} (weighted). */
public final class StrategyText {

    /** Longer than this, a card row shows the first key and how many follow. */
    private static final int SHORT_LIMIT = 18;

    private StrategyText() {
    }

    /** Every key, in priority order or with its weight. */
    public static String full(MultiKeyStrategy strategy) {
        if (strategy.priorityRoutingKeys() != null) {
            return String.join(" › ", strategy.priorityRoutingKeys());
        }
        Map<String, Long> weights = strategy.weightedRoutingKeys();
        return weights == null ? "" : weights.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    /** What fits a card row: the full form, or the first key and "+N" for the rest. */
    public static String shortForm(MultiKeyStrategy strategy) {
        String full = full(strategy);
        List<String> keys = strategy.routingKeys();
        if (full.length() <= SHORT_LIMIT || keys.size() < 2) {
            return full;
        }
        String separator = strategy.priorityRoutingKeys() != null ? " › " : " · ";
        return keys.get(0) + separator + "+" + (keys.size() - 1);
    }

    /** "weighted" when only weighted keys are set, else "priority" (as {@link #full} reads them). */
    public static String kind(MultiKeyStrategy strategy) {
        return strategy.priorityRoutingKeys() == null && strategy.weightedRoutingKeys() != null ? "weighted"
                : "priority";
    }
}
