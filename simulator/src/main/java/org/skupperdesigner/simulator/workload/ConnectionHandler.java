package org.skupperdesigner.simulator.workload;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Base of the raw-TCP workload handlers: counts bytes, injects failures (a reset once the request arrives), applies
 * the response delay and reports the finished connection to the probe, if any.
 */
abstract class ConnectionHandler extends ChannelInboundHandlerAdapter {
    protected final WorkloadIdentity identity;
    protected final WorkloadSpec spec;
    protected final WorkloadStats stats;
    private final Supplier<WorkloadProbe> probe;
    private final boolean fail;
    private Instant accepted;
    protected long bytesIn;
    protected long bytesOut;

    ConnectionHandler(WorkloadIdentity identity, WorkloadSpec spec, WorkloadStats stats, Supplier<WorkloadProbe> probe,
                      boolean fail) {
        this.identity = identity;
        this.spec = spec;
        this.stats = stats;
        this.probe = probe;
        this.fail = fail;
    }

    @Override
    public final void channelActive(ChannelHandlerContext ctx) {
        accepted = Instant.now();
        stats.countAccepted();
        ctx.channel().closeFuture().addListener(f -> finished());
        if (fail) {
            stats.countInjectedFailure();
        } else {
            connected(ctx);
        }
        ctx.read();
    }

    /** Called once the connection is up and no failure was injected. */
    protected void connected(ChannelHandlerContext ctx) {
    }

    @Override
    public final void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        bytesIn += buf.readableBytes();
        stats.countIn(buf.readableBytes());
        if (fail) {
            buf.release();
            reset(ctx); // a server that crashes on the request: the client sees a reset
            return;
        }
        received(ctx, buf);
    }

    /** Owns {@code buf}: must release or pass it on. */
    protected abstract void received(ChannelHandlerContext ctx, ByteBuf buf);

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            ctx.read();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            ctx.read();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof ChannelInputShutdownEvent) {
            if (fail) {
                reset(ctx);
                return;
            }
            inputEnded(ctx);
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    /** The client half-closed: by default close once everything written so far is flushed (after the delay). */
    protected void inputEnded(ChannelHandlerContext ctx) {
        later(ctx, () -> ctx.writeAndFlush(ctx.alloc().buffer(0)).addListener(ChannelFutureListener.CLOSE));
    }

    protected void write(ChannelHandlerContext ctx, ByteBuf buf) {
        int n = buf.readableBytes();
        bytesOut += n;
        stats.countOut(n);
        ctx.writeAndFlush(buf, ctx.voidPromise());
    }

    /** Runs {@code task} after the configured delay (at once without one), keeping order. */
    protected void later(ChannelHandlerContext ctx, Runnable task) {
        long delay = spec.delay().toNanos();
        if (delay <= 0) {
            task.run();
        } else {
            ctx.executor().schedule(task, delay, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }

    static void reset(ChannelHandlerContext ctx) {
        if (ctx.channel().isOpen()) {
            ctx.channel().config().setOption(ChannelOption.SO_LINGER, 0);
        }
        ctx.close();
    }

    private void finished() {
        WorkloadProbe p = probe.get();
        if (p != null) {
            p.served(identity, accepted, Instant.now(), bytesIn, bytesOut, fail);
        }
    }
}
