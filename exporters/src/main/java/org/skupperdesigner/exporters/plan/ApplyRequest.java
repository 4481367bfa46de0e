package org.skupperdesigner.exporters.plan;

import java.util.Set;

/**
 * What the user asked for.
 *
 * @param dryRun nothing is written; the server's dry run is used where it has one
 * @param prune  delete managed objects the design no longer has
 * @param sites  site ids or names to apply; empty = all
 */
public record ApplyRequest(boolean dryRun, boolean prune, Set<String> sites) {

    public ApplyRequest {
        sites = Set.copyOf(sites);
    }

    public static ApplyRequest all() {
        return new ApplyRequest(false, false, Set.of());
    }

    public ApplyRequest withDryRun(boolean value) {
        return new ApplyRequest(value, prune, sites);
    }

    public ApplyRequest withPrune(boolean value) {
        return new ApplyRequest(dryRun, value, sites);
    }
}
