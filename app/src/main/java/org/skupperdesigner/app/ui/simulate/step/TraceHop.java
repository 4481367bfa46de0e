package org.skupperdesigner.app.ui.simulate.step;

import java.time.Duration;
import java.util.Set;

import org.skupperdesigner.simulator.trace.TraceStep;

/**
 * One step of a traced connection as step mode shows it.
 *
 * @param index     0-based position in the trace
 * @param kind      what happened
 * @param title     one short line: "Routed over link east-to-west (cost 1)"
 * @param where     the router or link it happened at: "router west", "west → east"
 * @param detail    the simulator's full sentence for the step
 * @param at        time since the client started connecting, or null when the router does not time that step
 * @param siteId    the site to emphasise for this hop, or null when it is a link hop
 * @param leg       the link crossed in this hop, or null
 * @param focus     element ids to emphasise on the canvas for this hop
 * @param returning true when the hop is the answer travelling back to the client
 */
public record TraceHop(int index, TraceStep.Kind kind, String title, String where, String detail, Duration at,
                       String siteId, LinkLeg leg, Set<String> focus, boolean returning) {

    public TraceHop {
        focus = Set.copyOf(focus);
    }

    /** "+38.71 ms", or a dash when the step is not timed. */
    public String elapsed() {
        return at == null ? "— (not timed by the router)" : String.format(java.util.Locale.ROOT, "+%.2f ms",
                at.toNanos() / 1e6);
    }
}
