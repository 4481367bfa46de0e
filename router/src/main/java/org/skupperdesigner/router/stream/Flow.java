package org.skupperdesigner.router.stream;

import io.netty.buffer.ByteBuf;
import org.skupperdesigner.router.wire.ResetReason;

/**
 * A client connection as one router sees it: an upstream endpoint (toward the client) and a downstream
 * one (toward the connector). Relays bytes without copying, pauses the producing side when the consuming
 * side backs up, propagates half-close and resets, and reports when both sides have closed.
 */
public final class Flow {
    private final String flowId;
    private final String routingKey;
    private final FlowListener listener;
    private StreamEndpoint upstream;
    private StreamEndpoint downstream;
    private boolean upstreamClosed;
    private boolean downstreamClosed;
    private boolean downstreamPending = true;
    private ResetReason failure;
    private boolean finished;
    private boolean connected;
    private long bytesClientToServer;
    private long bytesServerToClient;
    private Object attachment;

    public Flow(String flowId, String routingKey, FlowListener listener) {
        this.flowId = flowId;
        this.routingKey = routingKey;
        this.listener = listener;
    }

    public void attachUpstream(StreamEndpoint endpoint) {
        this.upstream = endpoint;
    }

    /** Connects the downstream side; if the flow already failed it is aborted at once. */
    public void attachDownstream(StreamEndpoint endpoint) {
        this.downstream = endpoint;
        this.downstreamPending = false;
        if (failure != null) {
            endpoint.abort(failure);
        }
    }

    /** No downstream will come (no route, refused target): reset the client side. */
    public void failDownstream(ResetReason reason) {
        downstreamPending = false;
        downstreamClosed = true;
        if (failure == null) {
            failure = reason;
        }
        if (upstream != null) {
            upstream.abort(reason);
        }
        maybeFinish();
    }

    public void onData(StreamEndpoint from, ByteBuf data) {
        StreamEndpoint to;
        if (from == upstream) {
            bytesClientToServer += data.readableBytes();
            to = downstream;
        } else {
            bytesServerToClient += data.readableBytes();
            to = upstream;
        }
        if (to == null) {
            data.release();
            return;
        }
        to.send(data);
        if (!to.isWritable()) {
            from.pauseInput();
        }
    }

    public void onEnd(StreamEndpoint from) {
        StreamEndpoint to = other(from);
        if (to != null) {
            to.sendEnd();
        }
    }

    public void onReset(StreamEndpoint from, ResetReason reason) {
        if (failure == null) {
            failure = reason;
        }
        StreamEndpoint to = other(from);
        if (to != null) {
            to.abort(reason);
        }
    }

    /** Both ends are ready: bytes may flow. Until then writability changes must not start reading. */
    public void markConnected() {
        connected = true;
    }

    /** {@code endpoint} can take data again: let the other side produce. */
    public void onWritable(StreamEndpoint endpoint) {
        if (!connected) {
            return;
        }
        StreamEndpoint from = other(endpoint);
        if (from != null) {
            from.resumeInput();
        }
    }

    public void onClosed(StreamEndpoint endpoint) {
        if (endpoint == upstream) {
            upstreamClosed = true;
            if (downstreamPending && failure == null) {
                failure = ResetReason.ABORTED; // client gave up while we were still connecting
            }
        } else if (endpoint == downstream) {
            downstreamClosed = true;
        }
        maybeFinish();
    }

    private void maybeFinish() {
        if (!finished && upstreamClosed && downstreamClosed) {
            finished = true;
            listener.flowFinished(this);
        }
    }

    private StreamEndpoint other(StreamEndpoint endpoint) {
        return endpoint == upstream ? downstream : upstream;
    }

    public String flowId() {
        return flowId;
    }

    public String routingKey() {
        return routingKey;
    }

    public StreamEndpoint upstream() {
        return upstream;
    }

    public StreamEndpoint downstream() {
        return downstream;
    }

    /** First reset reason seen, or null while the flow has not failed. */
    public ResetReason failure() {
        return failure;
    }

    public boolean isFinished() {
        return finished;
    }

    public long bytesClientToServer() {
        return bytesClientToServer;
    }

    public long bytesServerToClient() {
        return bytesServerToClient;
    }

    /** Per-role bookkeeping of the router that owns this flow (ingress record, in-flight slot). */
    @SuppressWarnings("unchecked")
    public <T> T attachment() {
        return (T) attachment;
    }

    public void attachment(Object value) {
        this.attachment = value;
    }
}
