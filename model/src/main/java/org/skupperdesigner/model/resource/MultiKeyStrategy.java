package org.skupperdesigner.model.resource;

import java.util.List;
import java.util.Map;

/**
 * MultiKeyListener strategy: exactly one of {@code priority} (ordered keys) or {@code weighted} (key to weight)
 * should be set; both null or both set is kept as written so the validator can report it.
 */
public record MultiKeyStrategy(List<String> priorityRoutingKeys, Map<String, Long> weightedRoutingKeys,
                               Map<String, Object> unknown) {

    public MultiKeyStrategy {
        priorityRoutingKeys = priorityRoutingKeys == null ? null : List.copyOf(priorityRoutingKeys);
        weightedRoutingKeys = weightedRoutingKeys == null ? null : Values.sortedCopy(weightedRoutingKeys);
        unknown = Values.orderedCopy(unknown);
    }

    public static MultiKeyStrategy priority(List<String> keys) {
        return new MultiKeyStrategy(keys, null, Map.of());
    }

    public static MultiKeyStrategy weighted(Map<String, Long> weights) {
        return new MultiKeyStrategy(null, weights, Map.of());
    }

    /** Every routing key the strategy names, in priority order or key order. */
    public List<String> routingKeys() {
        if (priorityRoutingKeys != null) {
            return priorityRoutingKeys;
        }
        return weightedRoutingKeys == null ? List.of() : List.copyOf(weightedRoutingKeys.keySet());
    }
}
