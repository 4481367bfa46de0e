package org.skupperdesigner.model.text;

import java.util.Collection;
import java.util.Locale;

/** Bounded Levenshtein distance, the key normalisation used for near misses, and the nearest of several names. */
public final class EditDistance {

    private EditDistance() {
    }

    /** Lower case with '_' folded to '-': the differences people make by accident. */
    public static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The Levenshtein distance between a and b when it is at most {@code max}, else {@code max + 1}. Runs in
     * O(len * max) with a band, so scanning many keys stays cheap.
     */
    public static int within(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        int big = max + 1;
        for (int j = 0; j <= m; j++) {
            prev[j] = j <= max ? j : big;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            java.util.Arrays.fill(cur, big);
            cur[0] = i <= max ? i : big;
            int rowMin = cur[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                cur[j] = Math.min(v, big);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return big;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], big);
    }

    /**
     * The candidate {@code wanted} was most likely meant to be: the nearest after {@link #normalize} (so case and
     * '_' for '-' are free), counting two swapped neighbouring letters as one edit; null when none is within
     * {@code max}. Ties go to the earlier candidate.
     */
    public static String closest(String wanted, Collection<String> candidates, int max) {
        String w = normalize(wanted);
        String best = null;
        int bestDistance = max + 1;
        for (String candidate : candidates) {
            String c = normalize(candidate);
            int d = swapsTwoNeighbours(w, c) ? 1 : within(w, c, max);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    private static boolean swapsTwoNeighbours(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }
}
