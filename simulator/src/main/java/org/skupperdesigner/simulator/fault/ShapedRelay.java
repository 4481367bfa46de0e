package org.skupperdesigner.simulator.fault;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * One direction of a shaped link: reads from its channel and writes to the peer channel, holding each chunk
 * back until latency, bandwidth and simulated retransmissions allow, in order. Both channels live on one event
 * loop. Backpressure: reading pauses while the peer is not writable or too much is held back.
 */
final class ShapedRelay extends ChannelInboundHandlerAdapter {
    private static final long HIGH_WATER = 1024 * 1024;
    private static final long LOW_WATER = 256 * 1024;

    private record Pending(Object msg, int bytes, long releaseAt) {
    }

    private final LinkShaper shaper;
    private final LongAdder bytesCounter;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private Channel self;
    private Channel peer;
    private ShapedRelay opposite;
    private long queuedBytes;
    private long linkFreeAt;
    private long lastReleaseAt;
    private ScheduledFuture<?> drain;
    private boolean inputClosed;
    private boolean connected;

    ShapedRelay(LinkShaper shaper, LongAdder bytesCounter) {
        this.shaper = shaper;
        this.bytesCounter = bytesCounter;
    }

    /** Joins the two directions of one proxied connection. */
    static void pair(ShapedRelay a, Channel aChannel, ShapedRelay b, Channel bChannel) {
        a.self = aChannel;
        a.peer = bChannel;
        a.opposite = b;
        b.self = bChannel;
        b.peer = aChannel;
        b.opposite = a;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        int bytes = msg instanceof ByteBuf buf ? buf.readableBytes() : 0;
        if (shaper.condition() != LinkCondition.UP || peer == null) {
            shaper.dropped(bytes);
            ReferenceCountUtil.release(msg);
            return;
        }
        bytesCounter.add(bytes);
        LinkShape shape = shaper.shape();
        if (shape.isNone() && queue.isEmpty() && connected) {
            peer.write(msg, peer.voidPromise());
        } else {
            queue.addLast(new Pending(msg, bytes, releaseAt(shape, bytes)));
            queuedBytes += bytes;
            scheduleDrain();
        }
        throttle();
    }

    private long releaseAt(LinkShape shape, int bytes) {
        long now = System.nanoTime();
        long sent = now;
        if (shape.bytesPerSecond() > 0) {
            linkFreeAt = Math.max(linkFreeAt, now) + bytes * 1_000_000_000L / shape.bytesPerSecond();
            sent = linkFreeAt;
        }
        long at = sent + shape.latency().toNanos();
        if (shape.loss() > 0) {
            double segments = Math.max(1, Math.ceil(bytes / (double) LinkShape.SEGMENT_BYTES));
            double lossOfChunk = 1 - Math.pow(1 - shape.loss(), segments);
            if (ThreadLocalRandom.current().nextDouble() < lossOfChunk) {
                shaper.retransmitted();
                at += shape.retransmitTimeout().toNanos();
            }
        }
        at = Math.max(at, lastReleaseAt); // TCP delivers in order: nothing overtakes a stalled segment
        lastReleaseAt = at;
        return at;
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (peer != null) {
            peer.flush();
        }
    }

    /** The other side's connection is up: what arrived before it (epoll reads a half-closing peer anyway) goes out. */
    void connected() {
        connected = true;
        drainNow();
    }

    private void scheduleDrain() {
        if (drain != null || queue.isEmpty() || !connected) {
            return;
        }
        long delay = queue.peekFirst().releaseAt() - System.nanoTime();
        drain = self.eventLoop().schedule(this::drainNow, Math.max(0, delay), TimeUnit.NANOSECONDS);
    }

    private void drainNow() {
        drain = null;
        if (!connected) {
            return;
        }
        long now = System.nanoTime();
        boolean wrote = false;
        while (!queue.isEmpty() && queue.peekFirst().releaseAt() <= now) {
            Pending p = queue.pollFirst();
            queuedBytes -= p.bytes();
            if (shaper.condition() == LinkCondition.UP && peer.isActive()) {
                peer.write(p.msg(), peer.voidPromise());
                wrote = true;
            } else {
                shaper.dropped(p.bytes());
                ReferenceCountUtil.release(p.msg());
            }
        }
        if (wrote) {
            peer.flush();
        }
        if (queue.isEmpty() && inputClosed) {
            endPeer();
        }
        scheduleDrain();
        throttle();
    }

    /** Pauses or resumes reading this channel. */
    void throttle() {
        if (self == null || !peer.isActive()) {
            return; // not connected yet (reading starts when it is) or already closing
        }
        boolean pause = !peer.isWritable() || queuedBytes > HIGH_WATER;
        boolean resume = peer.isWritable() && queuedBytes < LOW_WATER;
        if (pause && self.config().isAutoRead()) {
            self.config().setAutoRead(false);
        } else if (resume && !self.config().isAutoRead()) {
            resumeReading(self);
        }
    }

    /** Turns reading on, unless the channel's input has ended (epoll refuses to watch such a channel). */
    static void resumeReading(Channel channel) {
        if (!(channel instanceof DuplexChannel d && d.isInputShutdown()) && channel.isActive()) {
            channel.config().setAutoRead(true);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (opposite != null) {
            opposite.throttle(); // the other direction writes into this channel
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof ChannelInputShutdownEvent) {
            inputEnded();
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        inputEnded();
        if (shaper.condition() != LinkCondition.SILENT && peer != null && peer.isActive() && queue.isEmpty()) {
            peer.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private void inputEnded() {
        if (inputClosed) {
            return;
        }
        inputClosed = true;
        if (shaper.condition() == LinkCondition.SILENT) {
            return; // a partition: the other side learns nothing until its own dead-peer timer fires
        }
        if (queue.isEmpty() && connected) {
            endPeer();
        }
    }

    /** Passes the end of this direction on: a half-close when the peer supports it, else a close. */
    private void endPeer() {
        if (peer == null || !peer.isActive()) {
            return;
        }
        if (peer instanceof DuplexChannel duplex && self.isActive()) {
            peer.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(f -> duplex.shutdownOutput().addListener(g -> {
                closeIfDone(peer);
                closeIfDone(self);
            }));
        } else {
            peer.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private static void closeIfDone(Channel channel) {
        if (channel instanceof DuplexChannel d && d.isInputShutdown() && d.isOutputShutdown()) {
            channel.close();
        }
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        discard();
    }

    private void discard() {
        if (drain != null) {
            drain.cancel(false);
            drain = null;
        }
        Pending p;
        while ((p = queue.pollFirst()) != null) {
            ReferenceCountUtil.release(p.msg());
        }
        queuedBytes = 0;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
