package org.skupperdesigner.router.observe;

/** One live link of a router. */
public record LinkStatus(String linkName, String peerRouterId, String role, int cost, boolean dialled, int streams,
                         boolean activeUplink) {
}
