package org.skupperdesigner.router.link;

import io.netty.buffer.ByteBuf;
import java.util.ArrayDeque;
import org.skupperdesigner.router.observe.StreamStatus;
import org.skupperdesigner.router.observe.TrafficCounters;
import org.skupperdesigner.router.stream.Flow;
import org.skupperdesigner.router.stream.StreamEndpoint;
import org.skupperdesigner.router.wire.Frame;
import org.skupperdesigner.router.wire.FrameType;
import org.skupperdesigner.router.wire.Messages;
import org.skupperdesigner.router.wire.ResetReason;

/**
 * One flow's stream on a link, with credit-based flow control per direction: we send DATA only within
 * the credit the peer granted, and grant credit back only while our consumer keeps up. A stalled consumer
 * therefore stops its own stream after one window and never blocks the link for other streams.
 */
public final class LinkStream implements StreamEndpoint {
    /** DATA frames are cut to this size so one stream cannot hog the link for long. */
    static final int MAX_DATA_FRAME = 64 * 1024;

    private final LinkSession session;
    private final int id;
    /** Largest receive window a stream grows to (see {@link #blockedReceived}). */
    static final int MAX_WINDOW = 4 * 1024 * 1024;

    /** This end's receive window: starts at the configured window, grows while the consumer keeps up. */
    private int window;
    private final int initialWindow;
    private Flow flow;
    private OpenedCallback openedCallback;
    private long sendCredit;
    private int receiveBudget;
    private int owedCredit;
    private ArrayDeque<ByteBuf> pending;
    private long pendingBytes;
    private boolean paused;
    private boolean waitingForLink;
    private boolean blockedSent;
    private boolean endPending;
    private boolean endSent;
    private boolean endReceived;
    private boolean closed;

    /** Called when the far side confirmed the stream (its connector is connected). */
    @FunctionalInterface
    public interface OpenedCallback {
        void opened(LinkStream stream, Messages.StreamOpened opened);
    }

    LinkStream(LinkSession session, int id, int window) {
        this.session = session;
        this.id = id;
        this.window = window;
        this.initialWindow = window;
        this.sendCredit = window;
        this.receiveBudget = window;
    }

    public int id() {
        return id;
    }

    public LinkSession session() {
        return session;
    }

    public void attach(Flow owner) {
        this.flow = owner;
    }

    void onOpened(OpenedCallback callback) {
        this.openedCallback = callback;
    }

    /** Confirms an incoming stream to the router that opened it. */
    public void sendOpened(Messages.StreamOpened opened) {
        if (!closed) {
            session.write(Messages.streamOpened(session.alloc(), id, opened));
        }
    }

    // ---- frames from the session ----

    void frameReceived(Frame frame) {
        switch (frame.type()) {
            case FrameType.DATA -> dataReceived(frame.content());
            case FrameType.CREDIT -> {
                creditReceived(Messages.readCredit(frame.content()));
                frame.release();
            }
            case FrameType.END -> {
                frame.release();
                endReceived();
            }
            case FrameType.BLOCKED -> {
                frame.release();
                blockedReceived();
            }
            case FrameType.RESET -> {
                ResetReason reason = Messages.readReset(frame.content());
                frame.release();
                resetReceived(reason);
            }
            case FrameType.STREAM_OPENED -> {
                Messages.StreamOpened opened = Messages.readStreamOpened(frame.content());
                frame.release();
                OpenedCallback callback = openedCallback;
                openedCallback = null;
                if (callback != null && !closed) {
                    callback.opened(this, opened);
                }
            }
            default -> {
                frame.release();
                protocolError();
            }
        }
    }

    private void dataReceived(ByteBuf data) {
        int length = data.readableBytes();
        if (closed || endReceived || flow == null) {
            data.release();
            return;
        }
        if (length > receiveBudget) {
            data.release();
            protocolError();
            return;
        }
        receiveBudget -= length;
        owedCredit += length;
        session.counters().bytesIn(length);
        flow.onData(this, data);
        if (!paused && !closed && owedCredit >= window / 4) {
            grantCredit();
        }
    }

    /**
     * The peer had data for us and no credit left: our window, not our consumer, limits the stream. If the
     * consumer keeps up (input not paused), double the window (up to {@link #MAX_WINDOW}) by granting the
     * extra at once; a stalled consumer never grows its window.
     */
    private void blockedReceived() {
        if (closed || endReceived || paused || window >= Math.max(MAX_WINDOW, initialWindow)) {
            return;
        }
        int extra = Math.min(window, Math.max(MAX_WINDOW, initialWindow) - window);
        window += extra;
        owedCredit += extra;
        grantCredit();
    }

    private void creditReceived(int credit) {
        if (closed) {
            return;
        }
        blockedSent = false;
        boolean wasWritable = isWritable();
        sendCredit += credit;
        drain();
        if (!wasWritable && isWritable()) {
            flow.onWritable(this);
        }
    }

    private void endReceived() {
        if (closed || endReceived) {
            return;
        }
        endReceived = true;
        flow.onEnd(this);
        closeIfDone();
    }

    private void resetReceived(ResetReason reason) {
        if (closed) {
            return;
        }
        close();
        flow.onReset(this, reason);
        flow.onClosed(this);
    }

    /** The link went down under this stream. */
    void linkLost() {
        if (closed) {
            return;
        }
        closed = true;
        releasePending();
        if (flow != null) {
            flow.onReset(this, ResetReason.LINK_LOST);
            flow.onClosed(this);
        }
    }

    /** The link became writable again. */
    void linkWritable() {
        waitingForLink = false;
        if (!closed && flow != null && isWritable()) {
            flow.onWritable(this);
        }
    }

    private void protocolError() {
        if (flow != null) {
            flow.onReset(this, ResetReason.PROTOCOL_ERROR);
        }
        abort(ResetReason.PROTOCOL_ERROR);
    }

    // ---- StreamEndpoint ----

    @Override
    public void send(ByteBuf data) {
        if (closed || endSent || endPending) {
            data.release();
            return;
        }
        if (pending == null) {
            pending = new ArrayDeque<>(4);
        }
        pending.addLast(data);
        pendingBytes += data.readableBytes();
        drain();
    }

    private void drain() {
        while (sendCredit > 0 && pending != null && !pending.isEmpty()) {
            ByteBuf head = pending.peekFirst();
            int readable = head.readableBytes();
            int length = (int) Math.min(Math.min(readable, sendCredit), MAX_DATA_FRAME);
            ByteBuf chunk;
            if (length == readable) {
                chunk = pending.pollFirst();
            } else {
                chunk = head.readRetainedSlice(length);
            }
            pendingBytes -= length;
            sendCredit -= length;
            if (length == 0) {
                chunk.release();
                continue;
            }
            session.counters().bytesOut(length);
            session.write(new Frame(FrameType.DATA, id, chunk));
        }
        if (pendingBytes > 0 && sendCredit <= 0 && !blockedSent) {
            blockedSent = true; // once per wait: the peer may grow our window
            session.write(Frame.empty(FrameType.BLOCKED, id));
        }
        if (endPending && pendingBytes == 0) {
            endPending = false;
            sendEndNow();
        }
    }

    @Override
    public void sendEnd() {
        if (closed || endSent || endPending) {
            return;
        }
        if (pendingBytes > 0) {
            endPending = true;
        } else {
            sendEndNow();
        }
    }

    private void sendEndNow() {
        endSent = true;
        session.write(Frame.empty(FrameType.END, id));
        closeIfDone();
    }

    @Override
    public void abort(ResetReason reason) {
        if (closed) {
            return;
        }
        session.write(Messages.reset(session.alloc(), id, reason));
        close();
        if (flow != null) {
            flow.onClosed(this);
        }
    }

    @Override
    public boolean isWritable() {
        if (pendingBytes != 0 || sendCredit <= 0) {
            return false; // credit: CREDIT from the peer wakes us (creditReceived)
        }
        if (!session.isWritable()) {
            if (!waitingForLink && !closed) {
                waitingForLink = true;
                session.waitForLink(this);
            }
            return false;
        }
        return true;
    }

    @Override
    public void pauseInput() {
        paused = true;
    }

    @Override
    public void resumeInput() {
        paused = false;
        if (owedCredit > 0 && !closed && !endReceived) {
            grantCredit();
        }
    }

    private void grantCredit() {
        int credit = owedCredit;
        owedCredit = 0;
        receiveBudget += credit;
        session.write(Messages.credit(session.alloc(), id, credit));
    }

    private void closeIfDone() {
        if (endSent && endReceived && !closed) {
            close();
            flow.onClosed(this);
        }
    }

    private void close() {
        closed = true;
        releasePending();
        session.streamClosed(this);
    }

    private void releasePending() {
        if (pending != null) {
            ByteBuf buf;
            while ((buf = pending.pollFirst()) != null) {
                buf.release();
            }
            pendingBytes = 0;
        }
    }

    /** Flow-control state for observation (see {@link StreamStatus}). */
    StreamStatus status() {
        return new StreamStatus(session.linkName(), id, flow == null ? "" : flow.flowId(), window, sendCredit,
                pendingBytes, owedCredit);
    }

    public boolean isClosed() {
        return closed;
    }
}
