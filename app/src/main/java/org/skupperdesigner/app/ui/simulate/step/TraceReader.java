package org.skupperdesigner.app.ui.simulate.step;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.simulator.ListenerNames;
import org.skupperdesigner.simulator.event.FlowView;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.trace.Trace;
import org.skupperdesigner.simulator.trace.TraceStep;

/**
 * Turns the simulator's {@link Trace} into hops for step mode: who acted at each step, which link was crossed in
 * which direction at what cost, what to emphasise on the canvas, and, when the connection was not served, a message
 * that says why and what to do.
 */
public final class TraceReader {

    private TraceReader() {
    }

    public static TracedConnection read(Trace trace, Network network) {
        String listenerSite = siteOf(trace.listenerId());
        String listenerName = trace.listenerId().substring(trace.listenerId().indexOf('/') + 1);
        String listenerElement = ElementIds.resource(listenerSite,
                isMultiKey(network, listenerSite, listenerName) ? ResourceKind.MULTI_KEY_LISTENER
                        : ResourceKind.LISTENER, ListenerNames.resourceName(listenerName));
        TraceRoute route = trace.flow() == null ? null : route(trace.flow(), network, listenerElement);
        List<TraceHop> hops = new ArrayList<>();
        int legIndex = 0;
        for (TraceStep step : trace.steps()) {
            LinkLeg leg = null;
            if (step.kind() == TraceStep.Kind.LINK_HOP && route != null && legIndex < route.legs().size()) {
                leg = route.legs().get(legIndex++);
            }
            hops.add(hop(step, leg, route, listenerSite, listenerName));
        }
        if (hops.isEmpty()) {
            hops.add(new TraceHop(0, TraceStep.Kind.FAILURE, "No steps recorded", "client", "the simulator recorded "
                    + "no step for this connection", null, listenerSite, null, Set.of(listenerElement), false));
        }
        return new TracedConnection(trace.listenerId(), trace.outcome(), route, hops,
                problem(trace, network, listenerSite));
    }

    private static TraceRoute route(FlowView flow, Network network, String listenerElement) {
        List<LinkLeg> legs = new ArrayList<>();
        for (int i = 0; i < flow.linkPath().size() && i + 1 < flow.sitePath().size(); i++) {
            String linkId = flow.linkPath().get(i);
            int cost = network.link(linkId).map(NetworkLink::effectiveCost).orElse(1);
            legs.add(new LinkLeg(linkId, flow.sitePath().get(i), flow.sitePath().get(i + 1), cost));
        }
        String connectorElement = null;
        if (flow.connectorId() != null && flow.servingSite() != null) {
            String name = flow.connectorId().substring(flow.connectorId().indexOf('/') + 1);
            connectorElement = ElementIds.resource(flow.servingSite(), ResourceKind.CONNECTOR, name);
        }
        List<String> sites = flow.sitePath().isEmpty() ? List.of(siteOf(flow.listenerId())) : flow.sitePath();
        return new TraceRoute(sites, legs, listenerElement, connectorElement);
    }

    private static TraceHop hop(TraceStep step, LinkLeg leg, TraceRoute route, String listenerSite,
                                String listenerName) {
        String element = step.elementId();
        String site = element == null ? listenerSite : ElementIds.siteOf(element);
        Set<String> focus = new LinkedHashSet<>();
        if (element != null) {
            focus.add(element);
        }
        String title;
        String where;
        boolean returning = false;
        switch (step.kind()) {
            case CLIENT_CONNECT -> {
                title = "Client connects to listener " + listenerName;
                where = "client → router " + listenerSite;
                site = listenerSite;
            }
            case LISTENER_ACCEPT -> {
                title = "Accepted on listener " + listenerName;
                where = "router " + site;
            }
            case ROUTING_DECISION -> {
                title = "Routing decision at " + site;
                where = "router " + site;
            }
            case LINK_HOP -> {
                String linkId = element == null ? "?" : element.substring(ElementIds.LINK_PREFIX.length());
                title = "Routed over link " + linkId + (leg == null ? "" : " (cost " + leg.cost() + ")");
                where = leg == null ? "link " + linkId : leg.fromSite() + " → " + leg.toSite();
                site = null;
                if (leg != null) {
                    focus.add(ElementIds.site(leg.fromSite()));
                    focus.add(ElementIds.site(leg.toSite()));
                }
            }
            case CONNECTOR_CONNECT -> {
                title = "Delivered to connector " + nameOf(element) + " at " + site;
                where = "router " + site;
            }
            case WORKLOAD -> {
                title = "The workload behind " + nameOf(element) + " answers";
                where = "connector " + site + "/" + nameOf(element);
            }
            case RESPONSE -> {
                title = "Response back to the client";
                returning = true;
                where = route == null ? "router " + listenerSite : String.join(" → ",
                        reversed(route.sites())) + " → client";
                site = listenerSite;
                if (route != null) {
                    focus.addAll(route.elementIds());
                }
            }
            case CLOSED -> {
                title = "Connection closed";
                where = "router " + site;
            }
            default -> {
                // "connection refused: the listener is closed ..." -> "Failed: connection refused"
                int colon = step.text().indexOf(':');
                title = "Failed" + (colon > 0 ? ": " + step.text().substring(0, colon) : "");
                where = site == null ? "link" : "router " + site;
            }
        }
        if (site != null) {
            focus.add(ElementIds.site(site));
        }
        return new TraceHop(step.index(), step.kind(), title, where, step.text(), step.at(), site, leg, focus,
                returning);
    }

    /** Null when the connection was served; otherwise why not and what to do, naming the listener. */
    static String problem(Trace trace, Network network, String listenerSite) {
        String id = trace.listenerId();
        String key = routingKey(network, id).orElse("?");
        FlowView flow = trace.flow();
        if (flow == null && trace.outcome() == RequestOutcome.REFUSED) {
            return "Listener " + id + " is unmatched: no connector for routing key '" + key + "' is reachable from "
                    + listenerSite + ", so its router refused the connection. Add a connector with routing key '"
                    + key + "' on a site linked to " + listenerSite + ", or restore the link or router it depends on.";
        }
        if (flow == null) {
            return "No route for " + id + ": the router kept no record of the connection (" + outcomeText(trace)
                    + "). Check that router " + listenerSite + " runs and that a connector for '" + key
                    + "' is reachable, then send again.";
        }
        if (flow.connectorId() == null) {
            return "No route for " + id + ": router " + listenerSite + " accepted the connection but found no "
                    + "reachable connector for '" + key + "' (" + outcomeText(trace) + "). Link a site with a "
                    + "connector for '" + key + "', or restore the link it used.";
        }
        if (trace.outcome() != RequestOutcome.OK) {
            return "The connection reached " + flow.connectorId() + " but ended " + outcomeText(trace)
                    + ": check that connector's workload and the links on the path, then send again.";
        }
        return null;
    }

    private static String outcomeText(Trace trace) {
        return trace.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The listener's key, or a multi-key listener's keys as {@code a' or 'b} (the messages quote it). */
    private static Optional<String> routingKey(Network network, String listenerId) {
        String site = siteOf(listenerId);
        String listenerName = listenerId.substring(listenerId.indexOf('/') + 1);
        String name = ListenerNames.resourceName(listenerName);
        if (isMultiKey(network, site, listenerName)) {
            return network.site(site).flatMap(s -> s.resourcesOf(MultiKeyListener.class)
                    .filter(m -> m.name().equals(name) && m.spec().strategy() != null).findFirst())
                    .map(m -> String.join("' or '", m.spec().strategy().routingKeys()));
        }
        return network.site(site).flatMap(s -> s.resourcesOf(Listener.class)
                .filter(l -> l.metadata().name().equals(name)).findFirst())
                .map(l -> l.spec().routingKey());
    }

    /** Whether a listener of the simulation is a MultiKeyListener (named as {@link ListenerNames} names it). */
    private static boolean isMultiKey(Network network, String site, String listenerName) {
        return network.site(site).map(s -> ListenerNames.isMultiKey(s, listenerName))
                .orElse(ListenerNames.isRenamedMultiKey(listenerName));
    }

    private static String siteOf(String listenerId) {
        int slash = listenerId.indexOf('/');
        return slash < 0 ? listenerId : listenerId.substring(0, slash);
    }

    private static String nameOf(String element) {
        return element == null ? "?" : element.substring(element.lastIndexOf('/') + 1);
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
