package org.skupperdesigner.router.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import java.util.List;

/**
 * Drives the frame codec without a pipeline, for micro-benchmarks: the encoder's {@code encode} and the
 * decoder's cumulation and {@code decode}, as a channel read would.
 */
public final class WireCodecAccess implements AutoCloseable {
    private final FrameEncoder encoder = new FrameEncoder();
    private final FrameDecoder decoder = new FrameDecoder();
    private ByteBuf cumulation;

    public void encode(ChannelHandlerContext ctx, Frame frame, List<Object> out) throws Exception {
        encoder.encode(ctx, frame, out);
    }

    public Frame credit(ChannelHandlerContext ctx, int stream, int bytes) {
        return Messages.credit(ctx.alloc(), stream, bytes);
    }

    /** As ByteToMessageDecoder does: cumulate (merge), decode, drop the cumulation once read. */
    public void decode(ChannelHandlerContext ctx, ByteBuf read, List<Object> out) throws Exception {
        cumulation = cumulation == null ? read
                : FrameDecoder.MERGE_CUMULATOR.cumulate(ctx.alloc(), cumulation, read);
        decoder.decode(ctx, cumulation, out);
        if (!cumulation.isReadable()) {
            cumulation.release();
            cumulation = null;
        }
    }

    @Override
    public void close() {
        if (cumulation != null) {
            cumulation.release();
            cumulation = null;
        }
    }
}
