package org.skupperdesigner.router.routing;

/** Least-cost way to reach {@code destination}: total path cost and the neighbour to send through. */
public record Route(String destination, int cost, String nextHop) {
}
