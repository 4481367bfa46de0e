package org.skupperdesigner.simulator.workload;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import java.util.function.Supplier;

/**
 * Writes {@code responseSize} bytes of {@link PayloadPattern} (seed {@link PayloadPattern#SOURCE_SEED}) once
 * connected (after the delay), honouring backpressure, and closes once the client has also finished sending.
 * Whatever the client sends is discarded.
 */
final class SourceHandler extends ConnectionHandler {
    private static final int CHUNK = 16 * 1024;
    private long written;
    private boolean started;
    private boolean pumping;
    private boolean inputDone;
    private boolean outputDone;

    SourceHandler(WorkloadIdentity identity, WorkloadSpec spec, WorkloadStats stats, Supplier<WorkloadProbe> probe,
                  boolean fail) {
        super(identity, spec, stats, probe, fail);
    }

    @Override
    protected void connected(ChannelHandlerContext ctx) {
        later(ctx, () -> {
            started = true;
            pump(ctx);
        });
    }

    @Override
    protected void received(ChannelHandlerContext ctx, ByteBuf buf) {
        buf.release();
    }

    @Override
    protected void inputEnded(ChannelHandlerContext ctx) {
        inputDone = true; // closing while the client still sends would turn the close into a reset
        closeIfDone(ctx);
    }

    private void closeIfDone(ChannelHandlerContext ctx) {
        if (inputDone && outputDone && ctx.channel().isActive()) {
            outputDone = false;
            ctx.writeAndFlush(ctx.alloc().buffer(0)).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (started) {
            pump(ctx);
        }
        super.channelWritabilityChanged(ctx);
    }

    private void pump(ChannelHandlerContext ctx) {
        if (pumping) {
            return;
        }
        pumping = true;
        try {
            pumpNow(ctx);
        } finally {
            pumping = false;
        }
    }

    private void pumpNow(ChannelHandlerContext ctx) {
        long total = spec.responseSize();
        while (ctx.channel().isActive() && ctx.channel().isWritable() && written < total) {
            int n = (int) Math.min(CHUNK, total - written);
            ByteBuf buf = ctx.alloc().buffer(n);
            PayloadPattern.write(buf, PayloadPattern.SOURCE_SEED, written, n);
            written += n;
            write(ctx, buf);
        }
        if (written >= total && started) {
            started = false;
            outputDone = true;
            closeIfDone(ctx);
        }
    }
}
