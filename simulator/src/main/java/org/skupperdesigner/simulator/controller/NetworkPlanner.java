package org.skupperdesigner.simulator.controller;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.MultiKeyStrategy;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.RouterAccessRole;
import org.skupperdesigner.model.validation.support.AttachedConnectorPairing;
import org.skupperdesigner.model.validation.support.SiteAccess;
import org.skupperdesigner.router.config.KeyStrategy;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.simulator.ListenerNames;
import org.skupperdesigner.simulator.controller.NetworkPlan.AcceptorPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.ConnectorPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.LinkPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.ListenerPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.SitePlan;
import org.skupperdesigner.simulator.settings.SimulationSettings;

/**
 * Plays Skupper's controller on a design (reference B.1, B.2, B.7, E.5, H): router mode from {@code edge},
 * link acceptors from {@code linkAccess} and RouterAccess roles, links from the topology with their cost and the
 * dialler's role, listeners and connectors (and bound AttachedConnectors) with their routing keys. Pure: the
 * same design gives the same plan.
 */
public final class NetworkPlanner {
    private NetworkPlanner() {
    }

    public static NetworkPlan plan(Network network, SimulationSettings settings) {
        List<Diagnostic> notes = new ArrayList<>();
        List<SitePlan> sites = new ArrayList<>();
        for (NetworkSite site : network.sites()) {
            sites.add(site(site, settings, notes));
        }
        List<LinkPlan> links = new ArrayList<>();
        for (NetworkLink link : network.links()) {
            link(network, link, sites, notes).ifPresent(links::add);
        }
        checkSettings(settings, sites, notes);
        return new NetworkPlan(sites, links, notes);
    }

    private static SitePlan site(NetworkSite site, SimulationSettings settings, List<Diagnostic> notes) {
        RouterMode mode = site.isEdge() ? RouterMode.EDGE : RouterMode.INTERIOR;
        List<AcceptorPlan> acceptors = new ArrayList<>();
        SiteAccess access = SiteAccess.of(site);
        if (mode == RouterMode.EDGE && access.declaresAccess()) {
            notes.add(note(Severity.WARNING, "simulation.edge-access", "site " + site.id() + " is an edge site: its "
                    + "link access is ignored (edge routers cannot accept links)", site.elementId()));
        } else if (mode == RouterMode.INTERIOR) {
            Map<String, List<RouterAccessRole>> byName = new LinkedHashMap<>();
            if (access.linkAccess() != null) {
                byName.put(access.implicitRouterAccessName(), List.of(
                        new RouterAccessRole(RouterAccessRole.INTER_ROUTER, RouterAccessRole.INTER_ROUTER_PORT),
                        new RouterAccessRole(RouterAccessRole.EDGE, RouterAccessRole.EDGE_PORT)));
            }
            for (RouterAccess ra : access.routerAccesses()) {
                byName.put(ra.name(), ra.spec().roles());
            }
            byName.forEach((raName, roles) -> {
                for (RouterAccessRole role : roles) {
                    LinkRole linkRole = role(role.name());
                    if (linkRole != null) {
                        acceptors.add(new AcceptorPlan(raName + "-" + role.name(), linkRole, raName,
                                role.effectivePort()));
                    }
                }
            });
        }
        List<ListenerPlan> listeners = new ArrayList<>();
        site.resourcesOf(Listener.class).forEach(l -> {
            String key = l.spec().routingKey();
            if (key == null || key.isBlank()) {
                notes.add(note(Severity.WARNING, "simulation.no-routing-key", "listener " + site.id() + "/" + l.name()
                        + " has no routing key and is not simulated", site.elementId(l)));
                return;
            }
            listeners.add(new ListenerPlan(site.id() + "/" + l.name(), site.id(), l.name(), key, l.spec().host(),
                    l.spec().port()));
        });
        site.resourcesOf(MultiKeyListener.class).forEach(m -> multiKeyListener(site, m, listeners, notes));
        List<ConnectorPlan> connectors = new ArrayList<>();
        site.resourcesOf(Connector.class).forEach(c -> {
            String key = c.spec().routingKey();
            if (key == null || key.isBlank()) {
                notes.add(note(Severity.WARNING, "simulation.no-routing-key", "connector " + site.id() + "/"
                        + c.name() + " has no routing key and is not simulated", site.elementId(c)));
                return;
            }
            String id = site.id() + "/" + c.name();
            connectors.add(new ConnectorPlan(id, site.id(), c.name(), key, "Connector", settings.workloadFor(id)));
        });
        for (AttachedConnectorPairing.Pair pair : AttachedConnectorPairing.of(site).pairs()) {
            String key = pair.binding().spec().routingKey();
            String name = pair.binding().name();
            if (key == null || key.isBlank() || connectors.stream().anyMatch(c -> c.name().equals(name))) {
                continue;
            }
            String id = site.id() + "/" + name;
            connectors.add(new ConnectorPlan(id, site.id(), name, key, "AttachedConnector", settings.workloadFor(id)));
        }
        return new SitePlan(site.id(), site.name(), mode, acceptors, listeners, connectors);
    }

    private static Optional<LinkPlan> link(Network network, NetworkLink link, List<SitePlan> sites,
                                           List<Diagnostic> notes) {
        Optional<NetworkSite> from = network.site(link.fromSite());
        Optional<NetworkSite> to = network.site(link.toSite());
        String element = ElementIds.link(link.id());
        if (from.isEmpty() || to.isEmpty() || from.get().id().equals(to.get().id())) {
            notes.add(note(Severity.WARNING, "simulation.link-ends", "link " + link.id() + " does not join two sites "
                    + "of the design and is not simulated", element));
            return Optional.empty();
        }
        LinkRole role = from.get().isEdge() ? LinkRole.EDGE : LinkRole.INTER_ROUTER;
        String roleName = role == LinkRole.EDGE ? RouterAccessRole.EDGE : RouterAccessRole.INTER_ROUTER;
        SitePlan target = sites.stream().filter(s -> s.siteId().equals(link.toSite())).findFirst().orElseThrow();
        Optional<AcceptorPlan> acceptor = target.acceptors().stream()
                .filter(a -> a.role() == role)
                .filter(a -> link.routerAccess() == null || a.routerAccess().equals(link.routerAccess()))
                .findFirst();
        if (acceptor.isEmpty()) {
            notes.add(note(Severity.WARNING, "simulation.link-unusable", "link " + link.id() + " will not come up: "
                    + "site " + link.toSite() + " does not accept " + roleName + " links"
                    + (link.routerAccess() == null ? "" : " through RouterAccess " + link.routerAccess()), element));
            return Optional.empty();
        }
        return Optional.of(new LinkPlan(link.id(), link.fromSite(), link.toSite(), role, link.effectiveCost(),
                acceptor.get().name()));
    }

    private static void checkSettings(SimulationSettings settings, List<SitePlan> sites, List<Diagnostic> notes) {
        Set<String> connectors = sites.stream().flatMap(s -> s.connectors().stream()).map(ConnectorPlan::connectorId)
                .collect(Collectors.toSet());
        Set<String> listeners = sites.stream().flatMap(s -> s.listeners().stream()).map(ListenerPlan::listenerId)
                .collect(Collectors.toSet());
        for (String id : settings.workloads().keySet()) {
            if (!connectors.contains(id)) {
                notes.add(note(Severity.WARNING, "simulation.unknown-connector", "simulation.workloads." + id
                        + " names no connector of the design" + known(connectors), null));
            }
        }
        for (String id : settings.traffic().keySet()) {
            if (!listeners.contains(id)) {
                notes.add(note(Severity.WARNING, "simulation.unknown-listener", "simulation.traffic." + id
                        + " names no listener of the design" + known(listeners), null));
            }
        }
    }

    private static String known(Set<String> ids) {
        return ids.isEmpty() ? "" : " (there are: " + String.join(", ", ids.stream().sorted().toList()) + ")";
    }

    private static LinkRole role(String name) {
        if (RouterAccessRole.INTER_ROUTER.equals(name)) {
            return LinkRole.INTER_ROUTER;
        }
        return RouterAccessRole.EDGE.equals(name) ? LinkRole.EDGE : null;
    }

    private static Diagnostic note(Severity severity, String rule, String message, String element) {
        return new Diagnostic(severity, rule, message, element == null ? List.of() : List.of(element), "", null);
    }

    /**
     * A multi-key listener becomes a router listener that chooses each connection's key (reference B.9), named as
     * {@link ListenerNames} says (Skupper's {@code multiAddress/<name>} beside a Listener of the same name); one whose
     * strategy the validator rejects is left out with a note.
     */
    private static void multiKeyListener(NetworkSite site, MultiKeyListener m, List<ListenerPlan> listeners,
                                         List<Diagnostic> notes) {
        MultiKeyStrategy strategy = m.spec().strategy();
        String why = null;
        KeyStrategy keys = null;
        if (strategy == null || strategy.routingKeys().isEmpty()
                || strategy.priorityRoutingKeys() != null && strategy.weightedRoutingKeys() != null) {
            why = "has no usable strategy (exactly one of priority or weighted, with at least one key)";
        } else {
            try {
                keys = strategy.priorityRoutingKeys() != null ? KeyStrategy.priority(strategy.priorityRoutingKeys())
                        : KeyStrategy.weighted(strategy.weightedRoutingKeys());
            } catch (IllegalArgumentException e) {
                why = "has an invalid strategy: " + e.getMessage();
            }
        }
        if (why != null) {
            notes.add(note(Severity.WARNING, "simulation.multikey-listener", "MultiKeyListener " + site.id() + "/"
                    + m.name() + " " + why + " and is not simulated", site.elementId(m)));
            return;
        }
        listeners.add(new ListenerPlan(ListenerNames.id(site, m), site.id(), ListenerNames.of(site, m),
                keys.keys().get(0), m.spec().host(), m.spec().port(), keys));
    }
}
