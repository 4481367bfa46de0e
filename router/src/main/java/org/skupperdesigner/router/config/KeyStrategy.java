package org.skupperdesigner.router.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * How a listener picks the routing key of each new connection. One key (a Listener); or several (a Skupper
 * MultiKeyListener): by priority, the first key that has a reachable destination now; or by weight, a key drawn among
 * the reachable ones in proportion to its weight. After the key is chosen the usual balancing applies.
 *
 * @param keys    the keys in priority order (or any order when weighted); never empty
 * @param weights each key's weight when weighted, else null
 */
public record KeyStrategy(List<String> keys, Map<String, Long> weights) {

    public KeyStrategy {
        keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a listener needs at least one routing key");
        }
        if (weights != null) {
            weights = Map.copyOf(weights);
            if (!weights.keySet().equals(Set.copyOf(keys)) || weights.values().stream().anyMatch(w -> w <= 0)) {
                throw new IllegalArgumentException("every key needs a weight above 0: " + weights);
            }
        }
    }

    public static KeyStrategy single(String key) {
        return new KeyStrategy(List.of(key), null);
    }

    public static KeyStrategy priority(List<String> keys) {
        return new KeyStrategy(keys, null);
    }

    public static KeyStrategy weighted(Map<String, Long> weights) {
        return new KeyStrategy(List.copyOf(new LinkedHashMap<>(weights).keySet()), weights);
    }

    public boolean isWeighted() {
        return weights != null;
    }

    /** Whether any key has a reachable destination: the listener accepts connections only then. */
    public boolean anyReachable(Predicate<String> reachable) {
        return keys.stream().anyMatch(reachable);
    }

    /** The keys with a reachable destination, in the strategy's order (Skupper's {@code routingKeysReachable}). */
    public List<String> reachable(Predicate<String> reachable) {
        return keys.stream().filter(reachable).toList();
    }

    /**
     * The keys new connections go to now: the first reachable one by priority, or every reachable one when
     * weighted (each in proportion to its weight); empty when none is reachable.
     */
    public List<String> serving(Predicate<String> reachable) {
        List<String> candidates = reachable(reachable);
        return weights == null && !candidates.isEmpty() ? List.of(candidates.get(0)) : candidates;
    }

    /** The key for a new connection, or empty when no key is reachable. */
    public Optional<String> choose(Predicate<String> reachable, RandomGenerator random) {
        if (weights == null) {
            return keys.stream().filter(reachable).findFirst();
        }
        List<String> candidates = keys.stream().filter(reachable).toList();
        long total = candidates.stream().mapToLong(weights::get).sum();
        if (total == 0) {
            return Optional.empty();
        }
        long pick = random.nextLong(total);
        for (String key : candidates) {
            pick -= weights.get(key);
            if (pick < 0) {
                return Optional.of(key);
            }
        }
        return Optional.of(candidates.get(candidates.size() - 1));
    }
}
