package org.skupperdesigner.simulator.controller;

import java.util.List;
import java.util.Optional;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.router.config.KeyStrategy;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.simulator.workload.WorkloadSpec;

/**
 * What a design turns into when simulated, before any port is known: one router per site, the links that can
 * actually come up, and the listeners and connectors with their routing keys and workloads. Plain records,
 * so two plans compare with {@code equals} and edits are applied as differences (Skupper's "skip updates when
 * the spec did not change").
 *
 * @param sites       one per site, in design order
 * @param links       links that can come up (the accepting site offers the dialler's role)
 * @param diagnostics what will not be simulated, or not as drawn
 */
public record NetworkPlan(List<SitePlan> sites, List<LinkPlan> links, List<Diagnostic> diagnostics) {
    public NetworkPlan {
        sites = List.copyOf(sites);
        links = List.copyOf(links);
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<SitePlan> site(String siteId) {
        return sites.stream().filter(s -> s.siteId().equals(siteId)).findFirst();
    }

    public Optional<LinkPlan> link(String linkId) {
        return links.stream().filter(l -> l.linkId().equals(linkId)).findFirst();
    }

    public List<LinkPlan> linksFrom(String siteId) {
        return links.stream().filter(l -> l.fromSite().equals(siteId)).toList();
    }

    public Optional<ListenerPlan> listener(String listenerId) {
        return sites.stream().flatMap(s -> s.listeners().stream()).filter(l -> l.listenerId().equals(listenerId))
                .findFirst();
    }

    public Optional<ConnectorPlan> connector(String connectorId) {
        return sites.stream().flatMap(s -> s.connectors().stream()).filter(c -> c.connectorId().equals(connectorId))
                .findFirst();
    }

    public List<ListenerPlan> listeners() {
        return sites.stream().flatMap(s -> s.listeners().stream()).toList();
    }

    public List<ConnectorPlan> connectors() {
        return sites.stream().flatMap(s -> s.connectors().stream()).toList();
    }

    /** One site's router. */
    public record SitePlan(String siteId, String siteName, RouterMode mode, List<AcceptorPlan> acceptors,
                           List<ListenerPlan> listeners, List<ConnectorPlan> connectors) {
        public SitePlan {
            acceptors = List.copyOf(acceptors);
            listeners = List.copyOf(listeners);
            connectors = List.copyOf(connectors);
        }
    }

    /** A link acceptor: one role of one RouterAccess (explicit, or implied by {@code linkAccess}). */
    public record AcceptorPlan(String name, LinkRole role, String routerAccess, int designPort) {
    }

    /**
     * A link that can come up.
     *
     * @param acceptorName the acceptor of {@code toSite} it dials
     */
    public record LinkPlan(String linkId, String fromSite, String toSite, LinkRole role, int cost,
                           String acceptorName) {
    }

    /** A client-facing listener; the design's host:port is shown next to the loopback port it gets. */
    /**
     * A listener, or a multi-key listener ({@code routingKey} its first key, {@code strategy} how each connection's key
     * is chosen).
     */
    public record ListenerPlan(String listenerId, String siteId, String name, String routingKey, String designHost,
                               Integer designPort, KeyStrategy strategy) {
        public ListenerPlan {
            strategy = strategy == null ? KeyStrategy.single(routingKey) : strategy;
        }

        /** A listener for one routing key. */
        public ListenerPlan(String listenerId, String siteId, String name, String routingKey, String designHost,
                            Integer designPort) {
            this(listenerId, siteId, name, routingKey, designHost, designPort, null);
        }
    }

    /**
     * A connector (or a bound AttachedConnector) and what stands behind it.
     *
     * @param kind {@code Connector} or {@code AttachedConnector}
     */
    public record ConnectorPlan(String connectorId, String siteId, String name, String routingKey, String kind,
                                WorkloadSpec workload) {
    }
}
