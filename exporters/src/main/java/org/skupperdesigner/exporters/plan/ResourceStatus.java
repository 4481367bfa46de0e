package org.skupperdesigner.exporters.plan;

import java.util.Objects;

/**
 * What the platform reports for one object of the design after an apply: a Site Ready, a Link Operational, a
 * Listener or Connector Matched, or why not.
 *
 * @param siteId    design site id
 * @param elementId the design element it belongs to ({@code site/<id>}, {@code link/<id>}, {@code <site>/<Kind>/<name>})
 * @param ref       the live object read (for a link not made yet: the Link that was expected)
 * @param state     the verdict
 * @param text      what a user reads: "Ready", "Operational", "Matched", "Pending: No matching connectors", ...
 */
public record ResourceStatus(String siteId, String elementId, ResourceRef ref, State state, String text) {

    /** DONE: Ready / Operational / Matched; PENDING: not yet (with the reason); MISSING: not found live. */
    public enum State { DONE, PENDING, FAILED, MISSING }

    public ResourceStatus {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(state, "state");
        text = text == null ? "" : text;
    }

    public boolean isDone() {
        return state == State.DONE;
    }
}
