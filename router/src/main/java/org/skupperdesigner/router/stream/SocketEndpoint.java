package org.skupperdesigner.router.stream;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import org.skupperdesigner.router.observe.TrafficCounters;
import org.skupperdesigner.router.wire.ResetReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client connection (at a listener) or a target connection (at a connector) as a flow endpoint. The
 * channel starts with autoRead off; reading begins when the flow says the other side is ready. Bytes that
 * arrive while paused anyway (epoll drains a socket on peer half-close) are held, never dropped.
 */
public final class SocketEndpoint extends ChannelInboundHandlerAdapter implements StreamEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(SocketEndpoint.class);

    private Channel channel;
    private final Flow flow;
    private final TrafficCounters counters;
    private final Runnable flushTask = this::flushNow;
    private boolean flushScheduled;
    private boolean inputDone;
    private boolean outputDone;
    private boolean aborted;
    private boolean closeReported;
    private boolean started;
    private boolean paused;
    private boolean endHeld;
    private ArrayDeque<ByteBuf> held;

    public SocketEndpoint(Flow flow, TrafficCounters counters) {
        this.flow = flow;
        this.counters = counters;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
    }

    public Channel channel() {
        return channel;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf data) || inputDone || aborted) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (!started || paused) {
            hold(data); // epoll reads pending bytes on a peer half-close even with autoRead off
            return;
        }
        deliver(data);
    }

    private void deliver(ByteBuf data) {
        counters.bytesIn(data.readableBytes());
        flow.onData(this, data);
    }

    private void hold(ByteBuf data) {
        if (held == null) {
            held = new ArrayDeque<>(2);
        }
        held.addLast(data);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof ChannelInputShutdownEvent && !inputDone && !aborted) {
            inputDone = true;
            if (!started || (held != null && !held.isEmpty())) {
                endHeld = true;
            } else {
                deliverEnd();
            }
        }
        ctx.fireUserEventTriggered(evt);
    }

    private void deliverEnd() {
        flow.onEnd(this);
        closeIfDone();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (channel.isWritable()) {
            flow.onWritable(this);
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (!aborted && !(inputDone && outputDone)) {
            aborted = true;
            flow.onReset(this, ResetReason.ABORTED);
        }
        releaseHeld();
        reportClosed();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("socket {} failed: {}", channel, cause.toString());
        channel.close();
    }

    @Override
    public void send(ByteBuf data) {
        if (outputDone || aborted || !channel.isActive()) {
            data.release();
            return;
        }
        counters.bytesOut(data.readableBytes());
        channel.write(data, channel.voidPromise());
        scheduleFlush();
    }

    @Override
    public void sendEnd() {
        if (outputDone || aborted) {
            return;
        }
        outputDone = true;
        // shutdownOutput fails queued writes, so it waits for everything written before it
        channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener((ChannelFutureListener) written -> {
            if (channel instanceof DuplexChannel duplex && written.isSuccess()) {
                duplex.shutdownOutput().addListener(done -> closeIfDone());
            } else {
                closeIfDone();
            }
        });
    }

    private void closeIfDone() {
        if (inputDone && outputDone) {
            channel.close();
        }
    }

    @Override
    public void abort(ResetReason reason) {
        if (aborted) {
            return;
        }
        aborted = true;
        releaseHeld();
        if (channel.isOpen()) {
            try {
                channel.config().setOption(ChannelOption.SO_LINGER, 0); // close sends RST, not FIN
            } catch (RuntimeException ignored) {
                // channel types without SO_LINGER are simply closed
            }
        }
        channel.close();
    }

    @Override
    public boolean isWritable() {
        return channel.isWritable();
    }

    @Override
    public void pauseInput() {
        paused = true;
        channel.config().setAutoRead(false);
    }

    @Override
    public void resumeInput() {
        started = true;
        paused = false;
        while (held != null && !paused && !aborted) {
            ByteBuf data = held.pollFirst();
            if (data == null) {
                break;
            }
            deliver(data);
        }
        if (paused || aborted) {
            return;
        }
        if (endHeld) {
            endHeld = false;
            deliverEnd();
        } else if (!inputDone) {
            channel.config().setAutoRead(true);
        }
    }

    private void releaseHeld() {
        if (held != null) {
            ByteBuf data;
            while ((data = held.pollFirst()) != null) {
                data.release();
            }
        }
    }

    private void scheduleFlush() {
        if (!flushScheduled) {
            flushScheduled = true;
            channel.eventLoop().execute(flushTask);
        }
    }

    private void flushNow() {
        flushScheduled = false;
        channel.flush();
    }

    private void reportClosed() {
        if (!closeReported) {
            closeReported = true;
            flow.onClosed(this);
        }
    }
}
