package org.skupperdesigner.router.observe;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Something a simulator or UI may want to show. Delivered off the data path, in order per subscription. */
public sealed interface RouterEvent {
    /** Router that observed the event. */
    String routerId();

    Instant at();

    /** A link finished its handshake. {@code linkName} is the outgoing link name or {@code acceptor/peer}. */
    record LinkUp(String routerId, Instant at, String linkName, String peerRouterId, String role, int cost)
            implements RouterEvent {
    }

    record LinkDown(String routerId, Instant at, String linkName, String peerRouterId, String reason)
            implements RouterEvent {
    }

    /** A link attempt was refused (untrusted or expired certificate, no certificate, wrong role...). */
    record LinkRefused(String routerId, Instant at, String linkName, String remote, String reason)
            implements RouterEvent {
    }

    /** Reachable routers (id to cost) or reachable routing keys changed. */
    record RouteChanged(String routerId, Instant at, Map<String, Integer> routerCosts, Set<String> reachableKeys)
            implements RouterEvent {
    }

    /** A listener socket opened (a connector became reachable) or closed (none left). */
    record ListenerStateChanged(String routerId, Instant at, String listenerName, boolean open, int port)
            implements RouterEvent {
    }

    record FlowOpened(String routerId, Instant at, FlowRecord flow) implements RouterEvent {
    }

    record FlowClosed(String routerId, Instant at, FlowRecord flow) implements RouterEvent {
    }
}
