package org.skupperdesigner.simulator.controller;

import java.util.ArrayList;
import java.util.List;
import org.skupperdesigner.router.config.LinkAcceptorConfig;
import org.skupperdesigner.router.config.OutgoingLinkConfig;
import org.skupperdesigner.router.config.RouterConfig;
import org.skupperdesigner.router.config.TcpConnectorConfig;
import org.skupperdesigner.router.config.TcpListenerConfig;
import org.skupperdesigner.router.config.TlsMaterial;
import org.skupperdesigner.simulator.controller.NetworkPlan.AcceptorPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.ConnectorPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.LinkPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.ListenerPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.SitePlan;
import org.skupperdesigner.simulator.workload.Workload;

/**
 * Renders one site's router configuration from its plan, the way Skupper's controller writes
 * {@code skrouterd.json}: router id and mode, a link acceptor per RouterAccess role, a connector (outgoing link)
 * per Link with its cost, a tcpListener per Listener and a tcpConnector per workload replica. Everything binds
 * to loopback: acceptors and new listeners on free ports, outgoing links to the link's shaper.
 */
public final class RouterConfigRenderer {
    /** Where everything of a simulation listens. */
    public static final String LOOPBACK = "127.0.0.1";

    /** The ports and servers a rendering needs. */
    public interface Endpoints {
        /** Port of the link's shaper (the network path to the accepting router). */
        int linkPort(String linkId);

        /** Port a listener keeps across restarts, or 0 to pick one. */
        int listenerPort(String listenerId);

        /** The running workload replicas behind a connector. */
        List<Workload> workloads(String connectorId);
    }

    private RouterConfigRenderer() {
    }

    public static RouterConfig render(SitePlan site, List<LinkPlan> outgoing, Endpoints endpoints, TlsMaterial tls) {
        List<LinkAcceptorConfig> acceptors = new ArrayList<>();
        for (AcceptorPlan a : site.acceptors()) {
            acceptors.add(new LinkAcceptorConfig(a.name(), a.role(), LOOPBACK, 0));
        }
        List<OutgoingLinkConfig> links = new ArrayList<>();
        for (LinkPlan link : outgoing) {
            links.add(outgoingLink(link, endpoints));
        }
        List<TcpListenerConfig> listeners = new ArrayList<>();
        for (ListenerPlan l : site.listeners()) {
            listeners.add(listener(l, endpoints.listenerPort(l.listenerId())));
        }
        List<TcpConnectorConfig> connectors = new ArrayList<>();
        for (ConnectorPlan c : site.connectors()) {
            connectors.addAll(connectors(c, endpoints.workloads(c.connectorId())));
        }
        return new RouterConfig(site.siteId(), site.siteName(), site.mode(), acceptors, links, listeners, connectors,
                tls);
    }

    public static OutgoingLinkConfig outgoingLink(LinkPlan link, Endpoints endpoints) {
        return new OutgoingLinkConfig(link.linkId(), LOOPBACK, endpoints.linkPort(link.linkId()), link.role(),
                link.cost());
    }

    public static TcpListenerConfig listener(ListenerPlan listener, int port) {
        return new TcpListenerConfig(listener.name(), listener.routingKey(), LOOPBACK, port, listener.strategy());
    }

    /** One tcpConnector per replica, as Skupper renders one per selected pod. */
    public static List<TcpConnectorConfig> connectors(ConnectorPlan connector, List<Workload> replicas) {
        List<TcpConnectorConfig> result = new ArrayList<>();
        for (Workload w : replicas) {
            result.add(new TcpConnectorConfig(w.identity().routerConnectorName(), connector.routingKey(), w.host(),
                    w.port()));
        }
        return result;
    }

    public static LinkAcceptorConfig acceptor(AcceptorPlan acceptor) {
        return new LinkAcceptorConfig(acceptor.name(), acceptor.role(), LOOPBACK, 0);
    }
}
