package org.skupperdesigner.router.forward;

import org.skupperdesigner.router.link.LinkSession;

/** A balancing candidate reached over a link: a remote router, an attached edge, or an edge's uplink. */
record RemoteTarget(LinkSession session, String routerId, int cost, InFlightSlot slot) implements BalanceCandidate {
    @Override
    public int inFlight() {
        return slot.count();
    }

    @Override
    public int capacity() {
        return ServiceBalancer.REMOTE_CAPACITY;
    }
}
