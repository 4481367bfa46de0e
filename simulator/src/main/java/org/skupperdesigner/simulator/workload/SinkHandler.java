package org.skupperdesigner.simulator.workload;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import java.util.function.Supplier;

/** Reads and discards; closes after the client half-closes (and the delay). */
final class SinkHandler extends ConnectionHandler {
    SinkHandler(WorkloadIdentity identity, WorkloadSpec spec, WorkloadStats stats, Supplier<WorkloadProbe> probe,
                boolean fail) {
        super(identity, spec, stats, probe, fail);
    }

    @Override
    protected void received(ChannelHandlerContext ctx, ByteBuf buf) {
        buf.release();
    }
}
