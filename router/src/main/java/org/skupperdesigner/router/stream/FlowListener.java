package org.skupperdesigner.router.stream;

/** Told when both endpoints of a flow have closed. */
@FunctionalInterface
public interface FlowListener {
    void flowFinished(Flow flow);
}
