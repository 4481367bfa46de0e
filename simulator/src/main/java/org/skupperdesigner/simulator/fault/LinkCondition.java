package org.skupperdesigner.simulator.fault;

/** Whether a link's network path carries traffic. */
public enum LinkCondition {
    /** Bytes flow (possibly shaped). */
    UP,
    /** Connections are torn down and new ones refused: both routers notice at once. */
    CUT,
    /**
     * A black hole: connections stay open but nothing gets through, like a partition or a dropped route. The
     * routers notice only when hellos stop arriving (the dead interval).
     */
    SILENT
}
