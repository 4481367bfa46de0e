package org.skupperdesigner.router.observe;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** The most recent finished flow records of one router (bounded; active flows are read live). */
public final class FlowLog {
    private final int finishedLimit;
    private final ArrayDeque<FlowRecord> finished = new ArrayDeque<>();

    public FlowLog(int finishedLimit) {
        this.finishedLimit = finishedLimit;
    }

    /** Called on the router's event loop. */
    public synchronized void finished(FlowRecord record) {
        if (finishedLimit > 0) {
            if (finished.size() == finishedLimit) {
                finished.removeFirst();
            }
            finished.addLast(record);
        }
    }

    /** Finished records, oldest first. */
    public synchronized List<FlowRecord> snapshot() {
        return new ArrayList<>(finished);
    }
}
