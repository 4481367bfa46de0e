package org.skupperdesigner.router.forward;

/**
 * One place a new connection could go. Local candidates are this router's connectors (capacity 5) and,
 * at an interior, attached edge routers (capacity 250, cost 0); remote candidates are other routers
 * (in-flight counted per next hop, capacity 250, cost = path cost).
 */
public interface BalanceCandidate {
    int inFlight();

    int cost();

    int capacity();
}
