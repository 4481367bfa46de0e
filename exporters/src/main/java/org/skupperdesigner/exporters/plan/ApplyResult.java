package org.skupperdesigner.exporters.plan;

import java.util.List;

/**
 * How an apply ended.
 *
 * @param success   every step finished
 * @param dryRun    nothing was written
 * @param writes    what was written (or, in a dry run, would be), one line each, in order
 * @param failure   why it stopped, or null
 * @param rollback  what the rollback did after a failure, or null
 * @param followUps commands the user still has to run (system sites without the skupper command)
 */
public record ApplyResult(boolean success, boolean dryRun, List<ResourceChange> writes, String failure,
                          RollbackReport rollback, List<String> followUps) {

    public ApplyResult {
        writes = List.copyOf(writes);
        followUps = List.copyOf(followUps);
    }
}
