package org.skupperdesigner.app.ui.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.skupperdesigner.app.ui.common.StrategyText;
import org.skupperdesigner.app.ui.problems.NamingRules;
import org.skupperdesigner.model.resource.MultiKeyStrategy;

/**
 * A MultiKeyListener's strategy as two property rows: its type (priority or weighted) and its keys as text,
 * {@code payments, payments-dr} in priority order, or {@code payments=3, payments-dr=1} with weights.
 */
final class StrategyField {

    static final String PRIORITY = "priority";
    static final String WEIGHTED = "weighted";
    static final List<String> TYPES = List.of(PRIORITY, WEIGHTED);

    private StrategyField() {
    }

    static String type(MultiKeyStrategy strategy) {
        return strategy == null ? PRIORITY : StrategyText.kind(strategy);
    }

    static String keysText(MultiKeyStrategy strategy) {
        if (strategy == null) {
            return "";
        }
        if (strategy.weightedRoutingKeys() != null) {
            return strategy.weightedRoutingKeys().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", "));
        }
        return strategy.priorityRoutingKeys() == null ? "" : String.join(", ", strategy.priorityRoutingKeys());
    }

    /** The same keys under the other type: weight 1 each, or the weighted keys in their order. */
    static MultiKeyStrategy withType(MultiKeyStrategy strategy, String type) {
        List<String> keys = strategy == null ? List.of() : strategy.routingKeys();
        if (WEIGHTED.equals(type)) {
            Map<String, Long> weights = new LinkedHashMap<>();
            keys.forEach(k -> weights.put(k, strategy.weightedRoutingKeys() != null
                    ? strategy.weightedRoutingKeys().get(k) : 1L));
            return MultiKeyStrategy.weighted(weights);
        }
        return MultiKeyStrategy.priority(keys);
    }

    /** What is wrong with {@code text} as keys of a strategy of {@code type}, or null. */
    static String problem(String text, String type) {
        try {
            parse(text, type);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static MultiKeyStrategy parse(String text, String type) {
        boolean weighted = WEIGHTED.equals(type);
        List<String> keys = new ArrayList<>();
        Map<String, Long> weights = new LinkedHashMap<>();
        for (String part : (text == null ? "" : text).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String key = part.trim();
            if (weighted) {
                int eq = key.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("write key=weight pairs, e.g. orders=3, orders-eu=1");
                }
                long weight = weight(key.substring(eq + 1).trim());
                key = key.substring(0, eq).trim();
                weights.put(key, weight);
            }
            String keyProblem = NamingRules.checkRoutingKey(key);
            if (keyProblem != null) {
                throw new IllegalArgumentException("'" + key + "': " + keyProblem);
            }
            if (keys.contains(key)) {
                throw new IllegalArgumentException("'" + key + "' is listed twice");
            }
            keys.add(key);
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(weighted ? "at least one key=weight, e.g. orders=3, orders-eu=1"
                    : "at least one routing key, first preferred: orders, orders-dr");
        }
        return weighted ? MultiKeyStrategy.weighted(weights) : MultiKeyStrategy.priority(keys);
    }

    private static long weight(String text) {
        try {
            long weight = Long.parseLong(text);
            if (weight > 0) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("a weight is a whole number above 0, e.g. orders=3");
    }
}
