package org.skupperdesigner.router.link;

import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.collection.IntObjectHashMap;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.observe.TrafficCounters;
import org.skupperdesigner.router.stream.Flow;
import org.skupperdesigner.router.wire.Frame;
import org.skupperdesigner.router.wire.FrameType;
import org.skupperdesigner.router.wire.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One link connection: OPEN handshake, HELLOs and dead-peer detection, control frames to the router,
 * stream frames to their {@link LinkStream}s. Writes are batched: frames are written as they come and
 * flushed once per event-loop turn.
 */
public final class LinkSession extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(LinkSession.class);

    private enum State { HANDSHAKING, OPEN_SENT, UP, CLOSED }

    private final LinkSessionHandler handler;
    private final LinkSettings settings;
    private final IntObjectHashMap<LinkStream> streams = new IntObjectHashMap<>();
    /** Streams that found the link unwritable, in the order they did: woken, in turn, when it drains. */
    private final ArrayDeque<LinkStream> waitingForLink = new ArrayDeque<>();
    private final Runnable flushTask = this::flushNow;
    private Channel channel;
    private State state = State.HANDSHAKING;
    private TrafficCounters counters = new TrafficCounters();
    private ScheduledFuture<?> ticker;
    private long startedNanos;
    private long lastHeardNanos;
    private long lastTickNanos;
    private int nextStreamId;
    private boolean flushScheduled;
    private boolean frozen;
    private boolean wasUp;
    private String peerId;
    private RouterMode peerMode;
    private int cost;
    private String linkName;
    private String closeReason;

    public LinkSession(LinkSessionHandler handler, LinkSettings settings) {
        this.handler = handler;
        this.settings = settings;
        this.linkName = settings.linkName();
        this.nextStreamId = settings.dialer() ? 1 : 2; // the two sides never pick the same id
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        startedNanos = System.nanoTime();
        lastHeardNanos = startedNanos;
        lastTickNanos = startedNanos;
        ticker = ctx.executor().scheduleAtFixedRate(this::tick, settings.helloNanos(), settings.helloNanos(),
                TimeUnit.NANOSECONDS);
        if (ctx.pipeline().get(SslHandler.class) == null) {
            sendOpen();
        }
        ctx.fireChannelActive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof SslHandshakeCompletionEvent done) {
            if (done.isSuccess()) {
                sendOpen();
            } else {
                closeWith("TLS handshake failed: " + rootMessage(done.cause()));
            }
        }
        ctx.fireUserEventTriggered(evt);
    }

    private void sendOpen() {
        if (state != State.HANDSHAKING) {
            return;
        }
        state = State.OPEN_SENT;
        write(Messages.open(alloc(), new Messages.Open(Messages.PROTOCOL_VERSION, settings.localRouterId(),
                settings.localMode(), settings.role(), settings.cost())));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Frame frame) || state == State.CLOSED) {
            ReferenceCountUtil.release(msg);
            return;
        }
        lastHeardNanos = System.nanoTime();
        if (state != State.UP) {
            handshakeFrame(frame);
            return;
        }
        switch (frame.type()) {
            case FrameType.HELLO -> frame.release();
            case FrameType.LINK_STATE -> control(frame);
            case FrameType.EDGE_UPLINK -> control(frame);
            case FrameType.EDGE_REACHABLE -> control(frame);
            case FrameType.CLOSE -> peerClosed(frame);
            case FrameType.STREAM_OPEN -> streamOpen(frame);
            default -> {
                LinkStream stream = streams.get(frame.streamId());
                if (stream == null) {
                    frame.release(); // late frame for a stream we already closed
                } else {
                    stream.frameReceived(frame);
                }
            }
        }
    }

    private void handshakeFrame(Frame frame) {
        try {
            if (frame.type() == FrameType.CLOSE) {
                closeWith("refused by peer: " + Messages.readClose(frame.content()));
                return;
            }
            if (frame.type() != FrameType.OPEN) {
                closeWith("protocol error: " + FrameType.name(frame.type()) + " before OPEN");
                return;
            }
            sendOpen();
            Messages.Open open = Messages.readOpen(frame.content());
            String refusal = open.version() != Messages.PROTOCOL_VERSION
                    ? "unsupported protocol version " + open.version()
                    : handler.admit(this, open);
            if (refusal != null) {
                write(Messages.close(alloc(), refusal));
                closeWith(refusal);
                return;
            }
            peerId = open.routerId();
            peerMode = open.mode();
            cost = Math.max(1, Math.max(settings.cost(), open.cost()));
            if (!settings.dialer()) {
                linkName = settings.linkName() + "/" + peerId;
            }
            counters = handler.linkCounters(linkName);
            state = State.UP;
            wasUp = true;
            handler.linkUp(this);
        } finally {
            frame.release();
        }
    }

    private void control(Frame frame) {
        try {
            switch (frame.type()) {
                case FrameType.LINK_STATE -> handler.linkStateReceived(this, Messages.readLinkState(frame.content()));
                case FrameType.EDGE_UPLINK -> handler.edgeUplinkReceived(this, Messages.readEdgeUplink(frame.content()));
                default -> handler.edgeReachableReceived(this, Messages.readEdgeReachable(frame.content()));
            }
        } finally {
            frame.release();
        }
    }

    private void peerClosed(Frame frame) {
        try {
            closeWith("closed by peer: " + Messages.readClose(frame.content()));
        } finally {
            frame.release();
        }
    }

    private void streamOpen(Frame frame) {
        int id = frame.streamId();
        Messages.StreamOpen open;
        try {
            open = Messages.readStreamOpen(frame.content());
        } finally {
            frame.release();
        }
        boolean peersId = settings.dialer() ? id % 2 == 0 : id % 2 == 1;
        if (!peersId || id <= 0 || streams.containsKey(id)) {
            closeWith("protocol error: bad stream id " + id);
            return;
        }
        LinkStream stream = new LinkStream(this, id, settings.streamWindow());
        streams.put(id, stream);
        counters.opened();
        handler.streamOpenReceived(this, stream, open);
    }

    /** Opens a stream toward the peer for {@code flow}; {@code callback} runs when the far end confirms. */
    public LinkStream openStream(Flow flow, Messages.StreamOpen open, LinkStream.OpenedCallback callback) {
        int id = nextStreamId;
        nextStreamId += 2;
        LinkStream stream = new LinkStream(this, id, settings.streamWindow());
        stream.attach(flow);
        stream.onOpened(callback);
        streams.put(id, stream);
        counters.opened();
        write(Messages.streamOpen(alloc(), id, open));
        return stream;
    }

    /** {@code stream} could not send because the link is not writable: wake it when the link drains. */
    void waitForLink(LinkStream stream) {
        waitingForLink.addLast(stream);
    }

    void streamClosed(LinkStream stream) {
        if (streams.remove(stream.id()) != null) {
            counters.closed(false);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        // only the streams that were held back by the link, each once; one that fills the link again
        // queues up behind the others for the next turn
        for (int n = waitingForLink.size(); n > 0 && ctx.channel().isWritable(); n--) {
            waitingForLink.pollFirst().linkWritable();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        boolean wasUp = state == State.UP;
        state = State.CLOSED;
        waitingForLink.clear();
        if (ticker != null) {
            ticker.cancel(false);
        }
        String reason = closeReason != null ? closeReason : "connection closed";
        if (wasUp) {
            handler.linkDown(this, reason);
            if (!streams.isEmpty()) {
                for (LinkStream stream : new ArrayList<>(streams.values())) {
                    stream.linkLost();
                    counters.closed(true);
                }
                streams.clear();
            }
        } else {
            handler.linkRefused(this, reason);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("link {} failed", linkName, cause);
        closeWith(rootMessage(cause));
    }

    private void tick() {
        if (state == State.CLOSED) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastTickNanos > 2 * settings.helloNanos()) {
            // this loop itself ran late (GC pause, starved CPU): the peer's frames may be waiting unread, so
            // judge its silence only from here on, as if a hello had just arrived
            lastHeardNanos = Math.max(lastHeardNanos, now - settings.helloNanos());
        }
        lastTickNanos = now;
        if (state != State.UP && now - startedNanos > settings.deadNanos() + settings.helloNanos()) {
            closeWith("handshake timed out");
        } else if (now - lastHeardNanos > settings.deadNanos()) {
            closeWith("no hello for " + TimeUnit.NANOSECONDS.toMillis(now - lastHeardNanos) + " ms");
        } else if (state == State.UP) {
            write(Frame.empty(FrameType.HELLO, 0));
        }
    }

    /** Closes the link, recording why (reported in link events). */
    public void closeWith(String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        if (channel != null) {
            flushNow();
            channel.close();
        }
    }

    /** Simulates a silent network partition: stop reading and sending; both ends then time out. */
    public void freeze() {
        frozen = true;
        if (channel != null) {
            channel.config().setAutoRead(false);
        }
    }

    void write(Frame frame) {
        if (frozen || channel == null || !channel.isActive()) {
            frame.release();
            return;
        }
        channel.write(frame, channel.voidPromise());
        if (!flushScheduled) {
            flushScheduled = true;
            channel.eventLoop().execute(flushTask);
        }
    }

    private void flushNow() {
        flushScheduled = false;
        if (channel != null) {
            channel.flush();
        }
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    ByteBufAllocator alloc() {
        return channel.alloc();
    }

    boolean isWritable() {
        return channel.isWritable();
    }

    TrafficCounters counters() {
        return counters;
    }

    /** Whether this connection ever completed the OPEN exchange. */
    public boolean wasUp() {
        return wasUp;
    }

    public boolean isUp() {
        return state == State.UP;
    }

    public String peerId() {
        return peerId;
    }

    public RouterMode peerMode() {
        return peerMode;
    }

    public int cost() {
        return cost;
    }

    public String linkName() {
        return linkName;
    }

    public LinkSettings settings() {
        return settings;
    }

    public long startedNanos() {
        return startedNanos;
    }

    public String remoteAddress() {
        return channel == null ? "?" : String.valueOf(channel.remoteAddress());
    }

    /** Adds the flow-control state of every open stream of this link to {@code into}. */
    public void collectStreams(java.util.List<org.skupperdesigner.router.observe.StreamStatus> into) {
        for (LinkStream stream : streams.values()) {
            into.add(stream.status());
        }
    }

    public int streamCount() {
        return streams.size();
    }

    /** Sends a control frame (link state, edge messages). */
    public void sendControl(Frame frame) {
        if (state == State.UP) {
            write(frame);
        } else {
            frame.release();
        }
    }

    public ByteBufAllocator allocator() {
        return alloc();
    }
}
