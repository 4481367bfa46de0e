package org.skupperdesigner.router.routing;

/** A reachable router serving a routing key, with the path cost and next hop to reach it. */
public record RemoteDestination(String routerId, int cost, String nextHop) {
}
