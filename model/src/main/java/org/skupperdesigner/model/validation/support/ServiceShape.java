package org.skupperdesigner.model.validation.support;

import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AttachedConnectorBinding;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;

/**
 * What services-scoped rules may read about one routing-key endpoint: which element, which side, which key, and
 * whether it deals in per-pod addresses. A port or host edit leaves it equal, so routing-key findings are reused.
 *
 * @param elementId   the endpoint's element id
 * @param role        listener or connector
 * @param routingKey  its key
 * @param podAddresses for a listener: exposePodsByName on Kubernetes; for a connector: it exposes its pods by name
 */
public record ServiceShape(String elementId, ServiceEndpoint.Role role, String routingKey, boolean podAddresses) {

    public static ServiceShape of(NetworkSite site, ServiceEndpoint e) {
        return new ServiceShape(e.elementId(), e.role(), e.routingKey(), podAddresses(site, e));
    }

    /** Whether the endpoint asks for (listener) or offers (connector) {@code <key>.<pod>} addresses (E.6). */
    public static boolean podAddresses(NetworkSite site, ServiceEndpoint e) {
        if (e.resource() instanceof Listener l) {
            return Boolean.TRUE.equals(l.spec().exposePodsByName()) && site.platform().isKubernetes();
        }
        if (e.resource() instanceof Connector c) {
            return Boolean.TRUE.equals(c.spec().exposePodsByName()) && !Names.isBlank(c.spec().selector())
                    && site.platform().isKubernetes();
        }
        return e.resource() instanceof AttachedConnectorBinding b && Boolean.TRUE.equals(b.spec().exposePodsByName());
    }
}
