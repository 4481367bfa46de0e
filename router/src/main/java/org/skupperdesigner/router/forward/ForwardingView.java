package org.skupperdesigner.router.forward;

import java.util.List;
import org.skupperdesigner.router.link.LinkSession;
import org.skupperdesigner.router.routing.RemoteDestination;

/** What forwarding needs to know about the network, from the router's routing state. */
public interface ForwardingView {
    /**
     * Brings the routes up to date with every advert already received, if a recomputation is pending: a
     * transit router must not refuse a flow (NO_ROUTE) that the ingress, quicker to recompute, sent its way.
     */
    default void refreshRoutes() {
    }

    /** Whether the key has a destination this router can reach now (a local connector or a route to one). */
    boolean isReachable(String routingKey);

    /** Interior: remote routers serving the key, by cost. Empty at an edge. */
    List<RemoteDestination> remoteDestinations(String routingKey);

    /** Interior: the session to use toward a neighbour, or null. */
    LinkSession sessionTo(String neighbourId);

    /** Interior: attached (active) edge routers that serve the key. */
    List<LinkSession> edgesServing(String routingKey);

    /** Edge: the active uplink when it reports the key reachable, else null. */
    LinkSession uplinkServing(String routingKey);
}
