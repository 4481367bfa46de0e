package org.skupperdesigner.app.ui.problems;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.skupperdesigner.app.ui.commands.Edit;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.text.EditDistance;

/**
 * Finds a quick fix: for a finding about one field, the obvious change to it ({@link FieldFixes}: a misspelt field
 * renamed, a value set or removed); otherwise, by looking at the elements a problem names rather than at rule ids, a
 * link into a site without link access or a routing key one typo away from a key on the other side.
 */
public final class QuickFixFinder {

    private static final int MAX_TYPO_DISTANCE = 3;

    private final FieldFixes fields = new FieldFixes();

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

    private static Optional<QuickFix> routingKeyFix(Network network, String elementId) {
        String[] parts = elementId.split("/", 3);
        Optional<SkupperResource> resource = network.resource(elementId);
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        if (resource.get() instanceof Listener) {
            Listener listener = (Listener) resource.get();
            String key = listener.spec().routingKey();
            return nearest(key, keys(network, Connector.class)).map(better -> new QuickFix(
                    "Rename routing key to '" + better + "'", new Edit("Rename routing key to " + better,
                    n -> n.updateSite(parts[0], s -> s.replacing(listener,
                            listener.withSpec(listener.spec().withRoutingKey(better)))))));
        }
        if (resource.get() instanceof Connector) {
            Connector connector = (Connector) resource.get();
            String key = connector.spec().routingKey();
            return nearest(key, keys(network, Listener.class)).map(better -> new QuickFix(
                    "Rename routing key to '" + better + "'", new Edit("Rename routing key to " + better,
                    n -> n.updateSite(parts[0], s -> s.replacing(connector,
                            connector.withSpec(connector.spec().withRoutingKey(better)))))));
        }
        return Optional.empty();
    }

    private static List<String> keys(Network network, Class<? extends SkupperResource> type) {
        return network.sites().stream().flatMap(s -> s.resourcesOf(type)).flatMap(r -> {
            String key = r instanceof Listener ? ((Listener) r).spec().routingKey()
                    : ((Connector) r).spec().routingKey();
            return key == null ? Stream.empty() : Stream.of(key);
        }).distinct().toList();
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
