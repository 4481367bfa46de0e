package org.skupperdesigner.simulator.controller;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.skupperdesigner.router.observe.FlowRecord;
import org.skupperdesigner.router.observe.RouterEvent;
import org.skupperdesigner.router.observe.RouterEventListener;
import org.skupperdesigner.simulator.controller.NetworkPlan.LinkPlan;
import org.skupperdesigner.simulator.event.EventBus;
import org.skupperdesigner.simulator.event.FlowView;
import org.skupperdesigner.simulator.event.SimulationEvent;
import org.skupperdesigner.simulator.event.SimulationEvent.LinkState;

/**
 * Turns one router's events into simulation events in design terms. Link events are taken from the dialling
 * side only (each link is reported once); flows carry their listener, path of sites and links, and the
 * serving connector.
 */
final class RouterEventTranslator implements RouterEventListener {
    private final String siteId;
    private final Instant start;
    private final EventBus bus;
    private final Supplier<LinkIndex> links;

    RouterEventTranslator(String siteId, Instant start, EventBus bus, Supplier<LinkIndex> links) {
        this.siteId = siteId;
        this.start = start;
        this.bus = bus;
        this.links = links;
    }

    @Override
    public void onEvent(RouterEvent event) {
        SimulationEvent translated = translate(event);
        if (translated != null) {
            bus.publish(translated);
        }
    }

    private SimulationEvent translate(RouterEvent event) {
        Duration at = since(event.at());
        if (event instanceof RouterEvent.LinkUp up) {
            return dialled(up.linkName()) ? new SimulationEvent.LinkChanged(at, up.linkName(), LinkState.UP, up.cost(),
                    "") : null;
        }
        if (event instanceof RouterEvent.LinkDown down) {
            return dialled(down.linkName()) ? new SimulationEvent.LinkChanged(at, down.linkName(), LinkState.DOWN, 0,
                    down.reason()) : null;
        }
        if (event instanceof RouterEvent.LinkRefused refused) {
            return dialled(refused.linkName()) ? new SimulationEvent.LinkChanged(at, refused.linkName(),
                    LinkState.REFUSED, 0, refused.reason()) : null;
        }
        if (event instanceof RouterEvent.RouteChanged routes) {
            return new SimulationEvent.RoutesChanged(at, siteId, routes.routerCosts(), routes.reachableKeys());
        }
        if (event instanceof RouterEvent.ListenerStateChanged listener) {
            return new SimulationEvent.ListenerChanged(at, siteId + "/" + listener.listenerName(), listener.open(),
                    listener.port());
        }
        if (event instanceof RouterEvent.FlowOpened opened) {
            return new SimulationEvent.FlowStarted(at, view(opened.flow()));
        }
        if (event instanceof RouterEvent.FlowClosed closed) {
            return new SimulationEvent.FlowEnded(at, view(closed.flow()));
        }
        return null;
    }

    private boolean dialled(String linkName) {
        LinkPlan link = links.get().byId(linkName);
        return link != null && link.fromSite().equals(siteId);
    }

    FlowView view(FlowRecord flow) {
        return view(flow, start, links.get());
    }

    static FlowView view(FlowRecord flow, Instant start, LinkIndex links) {
        String connectorId = null;
        String servedBy = null;
        if (flow.connectorName() != null && flow.connectorRouter() != null) {
            String name = flow.connectorName();
            int at = name.indexOf('@');
            connectorId = flow.connectorRouter() + "/" + (at < 0 ? name : name.substring(0, at));
            servedBy = flow.connectorRouter() + "/" + (at < 0 ? name : name.substring(at + 1));
        }
        return new FlowView(flow.flowId(), flow.routerId() + "/" + flow.listenerName(), flow.routingKey(),
                flow.path(), links.linksAlong(flow.path()), connectorId, servedBy, flow.bytesClientToServer(),
                flow.bytesServerToClient(), Duration.between(start, flow.opened()),
                flow.closed() == null ? null : Duration.between(start, flow.closed()), flow.outcome());
    }

    private Duration since(Instant at) {
        Duration d = Duration.between(start, at);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
