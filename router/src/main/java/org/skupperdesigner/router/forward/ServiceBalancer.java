package org.skupperdesigner.router.forward;

import java.util.List;

/**
 * Skupper's "balanced" distribution for a new TCP connection (skupper-router qdr_forward_balanced_CT,
 * reference E.2). Pure and allocation free.
 *
 * <ol>
 *   <li>An idle local candidate (nothing in flight) wins at once; the search starts at {@code rotation}
 *       so idle locals take turns.</li>
 *   <li>Otherwise the lowest value wins: in-flight for locals, in-flight via the next hop plus path cost
 *       for remotes. Eligible candidates (in-flight below capacity) beat ineligible ones whatever the
 *       value.</li>
 *   <li>Ties: locals beat remotes; among remotes the first in the given order wins.</li>
 * </ol>
 */
public final class ServiceBalancer {
    /** Adaptor link capacity of a local tcpConnector. */
    public static final int LOCAL_CAPACITY = 5;
    /** Inter-router (and edge) link capacity. */
    public static final int REMOTE_CAPACITY = 250;
    /** No candidate at all. */
    public static final int NONE = Integer.MIN_VALUE;

    private ServiceBalancer() {
    }

    /**
     * @return the chosen local index (&ge; 0), {@code ~index} for a remote (&lt; 0, see {@link #remoteIndex}),
     *     or {@link #NONE}
     */
    public static int choose(List<? extends BalanceCandidate> locals, int rotation,
                             List<? extends BalanceCandidate> remotes) {
        int localCount = locals.size();
        int start = localCount == 0 ? 0 : Math.floorMod(rotation, localCount);
        for (int k = 0; k < localCount; k++) {
            int i = (start + k) % localCount;
            if (locals.get(i).inFlight() == 0) {
                return i;
            }
        }
        int best = NONE;
        long bestValue = Long.MAX_VALUE;
        boolean bestEligible = false;
        for (int k = 0; k < localCount; k++) {
            int i = (start + k) % localCount;
            BalanceCandidate candidate = locals.get(i);
            long value = (long) candidate.inFlight() + candidate.cost();
            boolean eligible = candidate.inFlight() < candidate.capacity();
            if (better(eligible, value, bestEligible, bestValue, best == NONE)) {
                best = i;
                bestValue = value;
                bestEligible = eligible;
            }
        }
        for (int j = 0; j < remotes.size(); j++) {
            BalanceCandidate candidate = remotes.get(j);
            long value = (long) candidate.inFlight() + candidate.cost();
            boolean eligible = candidate.inFlight() < candidate.capacity();
            if (better(eligible, value, bestEligible, bestValue, best == NONE)) {
                best = ~j;
                bestValue = value;
                bestEligible = eligible;
            }
        }
        return best;
    }

    private static boolean better(boolean eligible, long value, boolean bestEligible, long bestValue, boolean none) {
        if (none) {
            return true;
        }
        if (eligible != bestEligible) {
            return eligible;
        }
        return value < bestValue; // strict: earlier (locals first) wins ties
    }

    public static boolean isLocal(int choice) {
        return choice >= 0;
    }

    public static int remoteIndex(int choice) {
        return ~choice;
    }
}
