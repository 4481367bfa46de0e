package org.skupperdesigner.model.validation.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AttachedConnector;
import org.skupperdesigner.model.resource.AttachedConnectorBinding;

/**
 * Pairs the AttachedConnectors and AttachedConnectorBindings of one site (reference B.8): they pair when names are
 * equal, the binding's {@code connectorNamespace} is the connector's namespace and the connector's
 * {@code siteNamespace} is the site's namespace.
 *
 * @param pairs              bindings with their connector
 * @param lonelyConnectors   connectors with no binding of the same name
 * @param lonelyBindings     bindings with no connector of the same name
 * @param mismatched         same name, but the namespaces do not agree
 */
public record AttachedConnectorPairing(List<Pair> pairs, List<AttachedConnector> lonelyConnectors,
                                       List<AttachedConnectorBinding> lonelyBindings, List<Pair> mismatched) {

    /** A connector and binding of the same name. */
    public record Pair(AttachedConnector connector, AttachedConnectorBinding binding) {
    }

    public static AttachedConnectorPairing of(NetworkSite site) {
        List<AttachedConnector> connectors = site.resourcesOf(AttachedConnector.class).toList();
        List<AttachedConnectorBinding> bindings = site.resourcesOf(AttachedConnectorBinding.class).toList();
        if (connectors.isEmpty() && bindings.isEmpty()) {
            return new AttachedConnectorPairing(List.of(), List.of(), List.of(), List.of());
        }
        List<Pair> pairs = new ArrayList<>();
        List<Pair> mismatched = new ArrayList<>();
        List<AttachedConnector> lonelyConnectors = new ArrayList<>();
        for (AttachedConnector c : connectors) {
            AttachedConnectorBinding b = bindings.stream().filter(x -> x.name().equals(c.name())).findFirst()
                    .orElse(null);
            if (b == null) {
                lonelyConnectors.add(c);
            } else if (agree(site, c, b)) {
                pairs.add(new Pair(c, b));
            } else {
                mismatched.add(new Pair(c, b));
            }
        }
        List<AttachedConnectorBinding> lonelyBindings = bindings.stream()
                .filter(b -> connectors.stream().noneMatch(c -> c.name().equals(b.name()))).toList();
        return new AttachedConnectorPairing(pairs, lonelyConnectors, lonelyBindings, mismatched);
    }

    /** The namespace a connector lives in: its own, or the site's when it names none. */
    public static String namespaceOf(NetworkSite site, AttachedConnector c) {
        return c.metadata().namespace() == null ? site.namespace() : c.metadata().namespace();
    }

    static boolean agree(NetworkSite site, AttachedConnector c, AttachedConnectorBinding b) {
        return Objects.equals(b.spec().connectorNamespace(), namespaceOf(site, c))
                && Objects.equals(c.spec().siteNamespace(), site.namespace());
    }
}
