package org.skupperdesigner.app.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.skupperdesigner.app.ui.common.StrategyText;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Where clients connect: a Listener (one routing key) or a MultiKeyListener (several, by priority or by weight), and
 * which of its keys take new connections once each key's reach is known (reference B.9).
 */
record ServiceConsumer(NetworkSite site, SkupperResource resource, List<String> keys, boolean multiKey,
                       boolean priority) {

    /** The listener or multi-key listener {@code elementId} names. */
    static Optional<ServiceConsumer> find(Network network, String elementId) {
        String[] parts = elementId.split("/", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        return network.site(parts[0]).flatMap(site -> site.resources().stream()
                .filter(r -> site.elementId(r).equals(elementId)).findFirst()
                .flatMap(r -> of(site, r)));
    }

    /** Every listener and multi-key listener of the network, in site order. */
    static List<ServiceConsumer> all(Network network) {
        List<ServiceConsumer> all = new ArrayList<>();
        for (NetworkSite site : network.sites()) {
            site.resources().forEach(r -> of(site, r).ifPresent(all::add));
        }
        return all;
    }

    private static Optional<ServiceConsumer> of(NetworkSite site, SkupperResource r) {
        if (r instanceof Listener l) {
            String key = l.spec().routingKey();
            return Optional.of(new ServiceConsumer(site, r, key == null ? List.of() : List.of(key), false, false));
        }
        if (r instanceof MultiKeyListener m && m.spec().strategy() != null) {
            return Optional.of(new ServiceConsumer(site, r, m.spec().strategy().routingKeys(), true,
                    m.spec().strategy().priorityRoutingKeys() != null));
        }
        return Optional.empty();
    }

    String elementId() {
        return site.elementId(resource);
    }

    String name() {
        return resource.name();
    }

    /** "Listener backend (orders)", "Multi-key listener checkout (priority)" (its card row shows the keys). */
    String heading() {
        if (resource instanceof MultiKeyListener m) {
            return "Multi-key listener " + name() + " (" + StrategyText.kind(m.spec().strategy()) + ")";
        }
        return "Listener " + name() + " (" + (keys.isEmpty() ? "null" : keys.get(0)) + ")";
    }

    /**
     * The keys that take new connections, given each key's reach (in key order): a listener's one key; the first
     * key with a reachable connector (priority); every key with one (weighted). Empty when none can.
     */
    List<KeyReach> serving(List<KeyReach> reaches) {
        if (!multiKey) {
            return reaches.stream().filter(r -> !r.reachable().isEmpty()).toList();
        }
        List<KeyReach> reachable = reaches.stream().filter(r -> !r.reachable().isEmpty()).toList();
        return priority && !reachable.isEmpty() ? List.of(reachable.get(0)) : reachable;
    }
}
