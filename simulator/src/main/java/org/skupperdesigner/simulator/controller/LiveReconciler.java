package org.skupperdesigner.simulator.controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.simulator.controller.NetworkPlan.AcceptorPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.ConnectorPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.LinkPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.ListenerPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.SitePlan;
import org.skupperdesigner.simulator.workload.Workload;

/**
 * Applies a design edit to a running network without restarting it: compares the new plan with the running
 * one and adds or removes only what changed (listeners, connectors and their workloads, link acceptors,
 * links, whole sites). A site whose router mode changed is restarted. Unchanged elements are not touched, so
 * their connections carry on.
 */
public final class LiveReconciler {
    private final NetworkController controller;

    public LiveReconciler(NetworkController controller) {
        this.controller = controller;
    }

    /** Applies {@code next} and returns a line per change, in the order applied. */
    public List<String> apply(NetworkPlan next) {
        synchronized (controller) {
            return applyLocked(next);
        }
    }

    private List<String> applyLocked(NetworkPlan next) {
        NetworkPlan old = controller.plan();
        List<String> changes = new ArrayList<>();
        for (LinkPlan link : old.links()) {
            Optional<LinkPlan> now = next.link(link.linkId());
            if (now.isPresent() && now.get().equals(link)) {
                continue;
            }
            RouterRuntime dialer = controller.router(link.fromSite());
            if (dialer != null) {
                dialer.removeOutgoingLink(link.linkId());
            }
            if (now.isEmpty() || !samePath(link, now.get())) {
                controller.closeShaper(link.linkId());
            }
            changes.add(now.isEmpty() ? "removed link " + link.linkId() : "re-created link " + link.linkId()
                    + " (cost " + now.get().cost() + ", was " + link.cost() + ")");
        }
        List<SitePlan> restart = new ArrayList<>();
        for (SitePlan site : old.sites()) {
            Optional<SitePlan> now = next.site(site.siteId());
            if (now.isEmpty()) {
                controller.stopSite(site.siteId());
                site.connectors().forEach(c -> controller.workloadRegistry().remove(c.connectorId()));
                controller.forgetSite(site.siteId());
                changes.add("removed site " + site.siteId());
            } else if (now.get().mode() != site.mode()) {
                boolean wasRunning = controller.stopSite(site.siteId());
                site.connectors().forEach(c -> controller.workloadRegistry().remove(c.connectorId()));
                now.get().connectors().forEach(this::startWorkload);
                if (wasRunning) {
                    restart.add(now.get());
                }
                changes.add("restarted site " + site.siteId() + " as " + now.get().mode().name().toLowerCase());
            } else if (!now.get().equals(site)) {
                updateSite(site, now.get(), changes);
            }
        }
        controller.setPlan(next);
        for (LinkPlan link : next.links()) {
            if (controller.shaper(link.linkId()) == null) {
                controller.openShaper(link);
            }
        }
        for (SitePlan site : next.sites()) {
            if (old.site(site.siteId()).isEmpty()) {
                site.connectors().forEach(this::startWorkload);
                controller.startRouter(site);
                changes.add("added site " + site.siteId());
            }
        }
        for (SitePlan site : restart) {
            controller.startRouter(site);
        }
        for (LinkPlan link : next.links()) {
            Optional<LinkPlan> before = old.link(link.linkId());
            boolean newSite = old.site(link.fromSite()).isEmpty() || restart.stream()
                    .anyMatch(s -> s.siteId().equals(link.fromSite()));
            if (before.isPresent() && before.get().equals(link)) {
                continue;
            }
            if (!newSite) { // a started router dialled its links already
                RouterRuntime dialer = controller.router(link.fromSite());
                if (dialer != null) {
                    dialer.addOutgoingLink(RouterConfigRenderer.outgoingLink(link, controller));
                }
            }
            if (before.isEmpty()) {
                changes.add("added link " + link.linkId() + " (cost " + link.cost() + ")");
            }
        }
        return changes;
    }

    private void updateSite(SitePlan old, SitePlan now, List<String> changes) {
        RouterRuntime router = controller.router(old.siteId());
        for (AcceptorPlan a : old.acceptors()) {
            if (!now.acceptors().contains(a)) {
                if (router != null) {
                    router.removeLinkAcceptor(a.name());
                }
                controller.forgetAcceptor(old.siteId(), a.name());
                changes.add("removed link acceptor " + old.siteId() + "/" + a.name());
            }
        }
        for (AcceptorPlan a : now.acceptors()) {
            if (!old.acceptors().contains(a)) {
                if (router != null) {
                    controller.rememberAcceptor(old.siteId(), a.name(),
                            router.addLinkAcceptor(RouterConfigRenderer.acceptor(a)));
                }
                changes.add("added link acceptor " + old.siteId() + "/" + a.name());
            }
        }
        for (ListenerPlan l : old.listeners()) {
            ListenerPlan replacement = find(now.listeners(), l.listenerId());
            if (!l.equals(replacement)) {
                if (router != null) {
                    router.removeListener(l.name());
                }
                if (replacement == null) {
                    controller.forgetListener(l.listenerId());
                    changes.add("removed listener " + l.listenerId());
                }
            }
        }
        for (ListenerPlan l : now.listeners()) {
            ListenerPlan before = find(old.listeners(), l.listenerId());
            if (!l.equals(before)) {
                if (router != null) {
                    int port = router.addListener(RouterConfigRenderer.listener(l, controller.listenerPort(
                            l.listenerId())));
                    controller.rememberListener(l.listenerId(), port);
                }
                changes.add((before == null ? "added listener " : "changed listener ") + l.listenerId()
                        + " (routing key " + l.routingKey() + ")");
            }
        }
        for (ConnectorPlan c : old.connectors()) {
            ConnectorPlan replacement = findConnector(now.connectors(), c.connectorId());
            if (!c.equals(replacement)) {
                for (Workload w : controller.workloads(c.connectorId())) {
                    if (router != null) {
                        router.removeConnector(w.identity().routerConnectorName());
                    }
                }
                controller.workloadRegistry().remove(c.connectorId());
                if (replacement == null) {
                    changes.add("removed connector " + c.connectorId());
                }
            }
        }
        for (ConnectorPlan c : now.connectors()) {
            ConnectorPlan before = findConnector(old.connectors(), c.connectorId());
            if (!c.equals(before)) {
                startWorkload(c);
                if (router != null) {
                    RouterConfigRenderer.connectors(c, controller.workloads(c.connectorId()))
                            .forEach(router::addConnector);
                }
                changes.add((before == null ? "added connector " : "changed connector ") + c.connectorId()
                        + " (routing key " + c.routingKey() + ", " + c.workload().type().id() + ")");
            }
        }
    }

    private void startWorkload(ConnectorPlan c) {
        controller.workloadRegistry().start(c.siteId(), c.name(), c.workload());
    }

    private static boolean samePath(LinkPlan a, LinkPlan b) {
        return a.toSite().equals(b.toSite()) && a.acceptorName().equals(b.acceptorName());
    }

    private static ListenerPlan find(List<ListenerPlan> list, String id) {
        return list.stream().filter(l -> Objects.equals(l.listenerId(), id)).findFirst().orElse(null);
    }

    private static ConnectorPlan findConnector(List<ConnectorPlan> list, String id) {
        return list.stream().filter(c -> Objects.equals(c.connectorId(), id)).findFirst().orElse(null);
    }
}
