package org.skupperdesigner.app.ui.simulate.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.skupperdesigner.app.ui.simulate.SimulatedListeners;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.simulator.ListenerNames;

/**
 * A listener or connector whose figures the panel shows, by the simulator's id ({@code site/name}).
 *
 * @param kind what it is
 * @param id   {@code <site id>/<resource name>}, as in the design file's {@code simulation} section (a multi-key
 *             listener named like a Listener of its site: {@code <site id>/multiAddress/<name>}, see ListenerNames)
 */
public record FigureTarget(Kind kind, String id) {

    /** Listeners get traffic; connectors have workloads. */
    public enum Kind { LISTENER, CONNECTOR }

    public FigureTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static FigureTarget listener(String id) {
        return new FigureTarget(Kind.LISTENER, id);
    }

    public static FigureTarget connector(String id) {
        return new FigureTarget(Kind.CONNECTOR, id);
    }

    public boolean isListener() {
        return kind == Kind.LISTENER;
    }

    /** "Listener west/backend". */
    public String label() {
        return (isListener() ? "Listener " : "Connector ") + id;
    }

    @Override
    public String toString() {
        return label();
    }

    /** Every listener and connector of a design, site by site in design order (listeners first in each site). */
    public static List<FigureTarget> allOf(Network network) {
        List<FigureTarget> all = new ArrayList<>();
        for (NetworkSite site : network.sites()) {
            SimulatedListeners.ids(site).forEach(id -> all.add(listener(id)));
        }
        for (NetworkSite site : network.sites()) {
            site.resourcesOf(Connector.class).forEach(c -> all.add(connector(site.id() + "/" + c.name())));
        }
        return all;
    }

    /**
     * The target a canvas selection names ({@code west/Listener/backend}, {@code east/Connector/backend}) in
     * {@code network}, or null for anything else (sites, links, other kinds). A multi-key listener named like a
     * Listener of its site is {@code site/multiAddress/name} ({@link ListenerNames}).
     */
    public static FigureTarget ofElementId(String elementId, Network network) {
        if (elementId == null) {
            return null;
        }
        String[] parts = elementId.split("/", 3);
        if (parts.length != 3 || parts[0].isEmpty() || parts[2].isEmpty()) {
            return null;
        }
        return switch (parts[1]) {
            case "Listener" -> listener(parts[0] + "/" + parts[2]);
            case "MultiKeyListener" -> listener(network.site(parts[0])
                    .flatMap(site -> site.find(ResourceKind.MULTI_KEY_LISTENER, parts[2])
                            .map(m -> ListenerNames.id(site, m)))
                    .orElse(parts[0] + "/" + parts[2]));
            case "Connector" -> connector(parts[0] + "/" + parts[2]);
            default -> null;
        };
    }
}
