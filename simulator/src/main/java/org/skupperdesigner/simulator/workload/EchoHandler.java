package org.skupperdesigner.simulator.workload;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import java.util.function.Supplier;

/** Writes back every byte read (after the delay); closes once the client has half-closed and all is echoed. */
final class EchoHandler extends ConnectionHandler {
    EchoHandler(WorkloadIdentity identity, WorkloadSpec spec, WorkloadStats stats, Supplier<WorkloadProbe> probe,
                boolean fail) {
        super(identity, spec, stats, probe, fail);
    }

    @Override
    protected void received(ChannelHandlerContext ctx, ByteBuf buf) {
        later(ctx, () -> {
            if (ctx.channel().isActive()) {
                write(ctx, buf);
            } else {
                buf.release();
            }
        });
    }
}
