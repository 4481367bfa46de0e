package org.skupperdesigner.router.link;

import java.util.Set;
import org.skupperdesigner.router.observe.TrafficCounters;
import org.skupperdesigner.router.routing.LinkStateAdvert;
import org.skupperdesigner.router.wire.Messages;

/** What a router does with its links; called on the router's event loop. */
public interface LinkSessionHandler {
    /** @return null to accept the peer's OPEN, or why it is refused */
    String admit(LinkSession session, Messages.Open peerOpen);

    /** Counters for a link name (kept across reconnects). */
    TrafficCounters linkCounters(String linkName);

    void linkUp(LinkSession session);

    void linkDown(LinkSession session, String reason);

    /** The connection closed before the link came up: TLS refusal, wrong role, handshake timeout... */
    void linkRefused(LinkSession session, String reason);

    void linkStateReceived(LinkSession session, LinkStateAdvert advert);

    void edgeUplinkReceived(LinkSession session, Messages.EdgeUplink uplink);

    void edgeReachableReceived(LinkSession session, Set<String> keys);

    /** The peer opened a stream; the handler attaches a flow and confirms or resets it. */
    void streamOpenReceived(LinkSession session, LinkStream stream, Messages.StreamOpen open);
}
