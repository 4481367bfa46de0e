package org.skupperdesigner.app.ui.problems;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.skupperdesigner.app.ui.commands.Edit;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.MultiKeyStrategy;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.text.EditDistance;
import org.skupperdesigner.model.validation.support.ServiceIndex;
import org.skupperdesigner.model.validation.support.SiteServices;

/**
 * Finds a quick fix: for a finding about one field, the obvious change to it ({@link FieldFixes}: a misspelt field
 * renamed, a value set or removed); otherwise, by looking at the elements a problem names rather than at rule ids, a
 * link into a site without link access or a routing key one typo away from a key on the other side (for a multi-key
 * listener, the first of its keys that is).
 */
public final class QuickFixFinder {

    private static final int MAX_TYPO_DISTANCE = 3;

    private final FieldFixes fields = new FieldFixes();
    /** The routing keys of the design last asked about: the list asks once per problem row it shows. */
    private Network indexed;
    private ServiceIndex services;

    public Optional<QuickFix> find(Diagnostic problem, Network network) {
        Optional<QuickFix> field = fields.find(problem, network);
        if (field.isPresent()) {
            return field;
        }
        for (String id : problem.elementIds()) {
            Optional<QuickFix> fix = ElementIds.isLink(id) ? linkAccessFix(network, id) : routingKeyFix(network, id);
            if (fix.isPresent()) {
                return fix;
            }
        }
        return Optional.empty();
    }

    private static Optional<QuickFix> linkAccessFix(Network network, String linkElementId) {
        return network.link(linkElementId.substring(ElementIds.LINK_PREFIX.length()))
                .map(NetworkLink::toSite).flatMap(network::site)
                .filter(target -> !target.isEdge() && !target.siteSpec().hasLinkAccess()
                        && target.siteResource().isPresent())
                .map(target -> new QuickFix("Enable link access on " + target.name(), enableLinkAccess(target)));
    }

    private static Edit enableLinkAccess(NetworkSite target) {
        Site site = target.siteResource().orElseThrow();
        Site fixed = site.withSpec(site.spec().withLinkAccess("default"));
        return new Edit("Enable link access on " + target.name(),
                n -> n.updateSite(target.id(), s -> s.replacing(site, fixed)));
    }

    private ServiceIndex services(Network network) {
        if (network != indexed) {
            services = new ServiceIndex(network.sites().stream().map(SiteServices::of).toList());
            indexed = network;
        }
        return services;
    }

    private Optional<QuickFix> routingKeyFix(Network network, String elementId) {
        String[] parts = elementId.split("/", 3);
        Optional<SkupperResource> resource = network.resource(elementId);
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        ServiceIndex services = services(network);
        List<String> connectorKeys = List.copyOf(services.connectorKeys());
        if (resource.get() instanceof Listener listener) {
            return nearest(listener.spec().routingKey(), connectorKeys).map(better -> renameKey(parts[0], better,
                    listener, listener.withSpec(listener.spec().withRoutingKey(better))));
        }
        if (resource.get() instanceof Connector connector) {
            return nearest(connector.spec().routingKey(), List.copyOf(services.listenerKeys())).map(better ->
                    renameKey(parts[0], better, connector, connector.withSpec(connector.spec().withRoutingKey(better))));
        }
        if (resource.get() instanceof MultiKeyListener multiKey && multiKey.spec().strategy() != null) {
            return multiKeyFix(parts[0], multiKey, connectorKeys);
        }
        return Optional.empty();
    }

    /** The first of a multi-key listener's keys no connector serves, renamed to the connector key it is a typo of. */
    private static Optional<QuickFix> multiKeyFix(String siteId, MultiKeyListener multiKey, List<String> connectorKeys) {
        MultiKeyStrategy strategy = multiKey.spec().strategy();
        for (String key : strategy.routingKeys()) {
            Optional<String> better = nearest(key, connectorKeys).filter(b -> !strategy.routingKeys().contains(b));
            if (better.isPresent()) {
                MultiKeyStrategy fixed = strategy.weightedRoutingKeys() != null
                        ? MultiKeyStrategy.weighted(renamed(strategy.weightedRoutingKeys(), key, better.get()))
                        : MultiKeyStrategy.priority(strategy.priorityRoutingKeys().stream()
                                .map(k -> k.equals(key) ? better.get() : k).toList());
                return Optional.of(renameKey(siteId, better.get(), multiKey,
                        multiKey.withSpec(multiKey.spec().withStrategy(fixed))));
            }
        }
        return Optional.empty();
    }

    private static java.util.Map<String, Long> renamed(java.util.Map<String, Long> weights, String from, String to) {
        java.util.Map<String, Long> result = new java.util.LinkedHashMap<>();
        weights.forEach((k, w) -> result.put(k.equals(from) ? to : k, w));
        return result;
    }

    private static QuickFix renameKey(String siteId, String better, SkupperResource before, SkupperResource after) {
        return new QuickFix("Rename routing key to '" + better + "'", new Edit("Rename routing key to " + better,
                n -> n.updateSite(siteId, s -> s.replacing(before, after))));
    }

    private static Optional<String> nearest(String key, List<String> candidates) {
        if (key == null || candidates.contains(key)) {
            return Optional.empty();
        }
        return candidates.stream().filter(c -> distance(key, c) <= Math.min(MAX_TYPO_DISTANCE, c.length() / 2))
                .min(Comparator.comparingInt(c -> distance(key, c)));
    }

    private static int distance(String a, String b) {
        return EditDistance.within(a, b, MAX_TYPO_DISTANCE);
    }
}
