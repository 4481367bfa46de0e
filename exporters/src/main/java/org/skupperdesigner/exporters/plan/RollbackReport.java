package org.skupperdesigner.exporters.plan;

import java.util.List;

/**
 * What a rollback put back, and what it could not.
 *
 * @param restored  changes undone, e.g. "deleted Listener/backend in site west"
 * @param remaining changes still in place, each naming the site and why (e.g. the site cannot be reached)
 */
public record RollbackReport(List<String> restored, List<String> remaining) {

    public RollbackReport {
        restored = List.copyOf(restored);
        remaining = List.copyOf(remaining);
    }

    public boolean complete() {
        return remaining.isEmpty();
    }
}
