package org.skupperdesigner.app.ui.simulate.step;

/**
 * Where the user is in a traced connection: an immutable position, so stepping forward then back returns exactly
 * the hop it started from, and a view can compare cursors by value.
 *
 * @param connection the traced connection
 * @param index      the current hop, 0-based, always within the hops
 */
public record TraceCursor(TracedConnection connection, int index) {

    public TraceCursor {
        if (index < 0 || index >= connection.hops().size()) {
            throw new IllegalArgumentException("hop " + index + " is outside 0.." + (connection.hops().size() - 1));
        }
    }

    /** The first hop of a connection. */
    public static TraceCursor start(TracedConnection connection) {
        return new TraceCursor(connection, 0);
    }

    public TraceHop current() {
        return connection.hops().get(index);
    }

    public boolean canForward() {
        return index < connection.hops().size() - 1;
    }

    public boolean canBack() {
        return index > 0;
    }

    /** The next hop, or this cursor at the last one. */
    public TraceCursor forward() {
        return canForward() ? new TraceCursor(connection, index + 1) : this;
    }

    /** The previous hop, or this cursor at the first one. */
    public TraceCursor back() {
        return canBack() ? new TraceCursor(connection, index - 1) : this;
    }

    /** The hop at {@code hop}, clamped to the trace. */
    public TraceCursor at(int hop) {
        int clamped = Math.max(0, Math.min(connection.hops().size() - 1, hop));
        return clamped == index ? this : new TraceCursor(connection, clamped);
    }

    public TraceCursor last() {
        return at(connection.hops().size() - 1);
    }

    /** "Hop 3 of 8" */
    public String position() {
        return "Hop " + (index + 1) + " of " + connection.hops().size();
    }
}
