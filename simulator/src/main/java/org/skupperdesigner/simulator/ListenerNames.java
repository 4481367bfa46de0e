package org.skupperdesigner.simulator;

import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * The name the simulation gives the router listener of a site's Listener or MultiKeyListener, and so its id
 * ({@code site/name}) in events, snapshots, traffic settings and scenarios: the resource's own name, except that a
 * MultiKeyListener named like a Listener of its site is {@code multiAddress/<name>}, as Skupper's controller names the
 * router listener of every MultiKeyListener "to avoid collisions with regular Listener resources"
 * (skupperproject/skupper, internal/site/multikeylistener.go). Only the colliding ones take the prefix, so every other
 * id stays what designs and scenarios already use.
 */
public final class ListenerNames {

    public static final String MULTI_ADDRESS_PREFIX = "multiAddress/";

    private ListenerNames() {
    }

    /** The router listener's name for {@code listener} (a Listener or MultiKeyListener of {@code site}). */
    public static String of(NetworkSite site, SkupperResource listener) {
        if (listener instanceof MultiKeyListener m && site.find(ResourceKind.LISTENER, m.name()).isPresent()) {
            return MULTI_ADDRESS_PREFIX + m.name();
        }
        return listener.name();
    }

    /** {@code site/name}, with the name as {@link #of} gives it. */
    public static String id(NetworkSite site, SkupperResource listener) {
        return site.id() + "/" + of(site, listener);
    }

    /** The resource name in a listener's name ({@code multiAddress/checkout} → {@code checkout}). */
    public static String resourceName(String listenerName) {
        return listenerName.startsWith(MULTI_ADDRESS_PREFIX) ? listenerName.substring(MULTI_ADDRESS_PREFIX.length())
                : listenerName;
    }

    /**
     * Whether {@code listenerName} (as {@link #of} gives it) is one of {@code site}'s MultiKeyListeners rather than a
     * Listener: a renamed one, or one no Listener of the site shares its name with.
     */
    public static boolean isMultiKey(NetworkSite site, String listenerName) {
        return isRenamedMultiKey(listenerName) || site.find(ResourceKind.LISTENER, listenerName).isEmpty()
                && site.find(ResourceKind.MULTI_KEY_LISTENER, listenerName).isPresent();
    }

    /** Whether a listener's name is that of a MultiKeyListener renamed to keep clear of a Listener. */
    public static boolean isRenamedMultiKey(String listenerName) {
        return listenerName.startsWith(MULTI_ADDRESS_PREFIX);
    }
}
