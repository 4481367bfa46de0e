package org.skupperdesigner.router.stream;

import io.netty.buffer.ByteBuf;
import org.skupperdesigner.router.wire.ResetReason;

/**
 * One side of a flow at one router: a client or target socket, or a stream on a link. A {@link Flow}
 * relays between two endpoints. All methods run on the router's event loop.
 *
 * <p>Commands from the flow ({@code send}, {@code sendEnd}, {@code abort}, {@code pauseInput},
 * {@code resumeInput}) never call back into the flow's {@code onReset}; an endpoint reports only what its
 * own side did.
 */
public interface StreamEndpoint {
    /** Writes toward this side; takes ownership of {@code data}. */
    void send(ByteBuf data);

    /** Half-closes toward this side once everything sent before has gone out. */
    void sendEnd();

    /** Resets this side at once, dropping anything not yet sent. Idempotent. */
    void abort(ResetReason reason);

    /** Whether this side takes more data without queueing; the flow pauses the other side when not. */
    boolean isWritable();

    /** Stop producing data (the other side is backed up). */
    void pauseInput();

    /** Produce data again; also the signal to start reading once the flow is connected. */
    void resumeInput();
}
