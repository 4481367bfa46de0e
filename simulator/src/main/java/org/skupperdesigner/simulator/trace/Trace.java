package org.skupperdesigner.simulator.trace;

import java.util.List;
import org.skupperdesigner.simulator.event.FlowView;
import org.skupperdesigner.simulator.metrics.RequestOutcome;

/**
 * The hop-by-hop story of one connection through a listener: what the designer animates step by step.
 *
 * @param listenerId the listener it entered
 * @param outcome    what the client saw
 * @param flow       the router's record of it, or null when the router never accepted it (refused)
 * @param steps      ordered steps
 */
public record Trace(String listenerId, RequestOutcome outcome, FlowView flow, List<TraceStep> steps) {
    public Trace {
        steps = List.copyOf(steps);
    }

    /** The steps as numbered lines. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (TraceStep step : steps) {
            sb.append(String.format("%2d. %-18s %s%s%n", step.index() + 1, step.kind(), step.text(),
                    step.at() == null ? "" : String.format(" [+%.3f ms]", step.at().toNanos() / 1e6)));
        }
        return sb.toString();
    }
}
