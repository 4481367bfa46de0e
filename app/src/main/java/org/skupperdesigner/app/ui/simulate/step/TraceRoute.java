package org.skupperdesigner.app.ui.simulate.step;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.skupperdesigner.model.network.ElementIds;

/**
 * The path a traced connection took: routers from the listener's site to the connector's, the links between them
 * in travel order, and the total cost the routers chose it by.
 *
 * @param sites             site ids in travel order (at least the listener's site)
 * @param legs              links in travel order ({@code sites.size() - 1} of them)
 * @param listenerElement   the listener's element id ({@code west/Listener/backend})
 * @param connectorElement  the serving connector's element id, or null when none served it
 */
public record TraceRoute(List<String> sites, List<LinkLeg> legs, String listenerElement, String connectorElement) {

    public TraceRoute {
        sites = List.copyOf(sites);
        legs = List.copyOf(legs);
    }

    /** The sum of the link costs along the path (0 when the connector is on the listener's site). */
    public int totalCost() {
        return legs.stream().mapToInt(LinkLeg::cost).sum();
    }

    /** Every element the path touches: sites, links, the listener and the connector. */
    public Set<String> elementIds() {
        Set<String> ids = new LinkedHashSet<>();
        sites.forEach(s -> ids.add(ElementIds.site(s)));
        legs.forEach(l -> ids.add(ElementIds.link(l.linkId())));
        ids.add(listenerElement);
        if (connectorElement != null) {
            ids.add(connectorElement);
        }
        return ids;
    }

    /** "west → east" */
    public String describe() {
        return String.join(" → ", sites);
    }
}
