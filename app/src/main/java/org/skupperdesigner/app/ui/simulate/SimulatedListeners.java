package org.skupperdesigner.app.ui.simulate;

import java.util.stream.Stream;

import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.simulator.ListenerNames;

/**
 * The resources of a site the simulation gives a router listener, named {@code site/name} in its events: its
 * Listeners, then its MultiKeyListeners (one named like a Listener is {@code site/multiAddress/name}, as in Skupper).
 */
public final class SimulatedListeners {

    private SimulatedListeners() {
    }

    public static Stream<SkupperResource> of(NetworkSite site) {
        return Stream.concat(site.resourcesOf(Listener.class), site.resourcesOf(MultiKeyListener.class));
    }

    /** Their ids in the simulation, in the same order ({@link ListenerNames#id}). */
    public static Stream<String> ids(NetworkSite site) {
        return of(site).map(l -> ListenerNames.id(site, l));
    }
}
