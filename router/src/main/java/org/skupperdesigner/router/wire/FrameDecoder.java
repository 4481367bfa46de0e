package org.skupperdesigner.router.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import java.util.List;

/** Cuts the link byte stream into {@link Frame}s; payloads are retained slices (no copy). */
public final class FrameDecoder extends ByteToMessageDecoder {
    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.readableBytes() >= Frame.HEADER_LENGTH) {
            int start = in.readerIndex();
            int length = in.getInt(start);
            if (length < Frame.HEADER_AFTER_LENGTH || length - Frame.HEADER_AFTER_LENGTH > Frame.MAX_PAYLOAD) {
                in.skipBytes(in.readableBytes());
                throw new CorruptedFrameException("bad frame length " + length);
            }
            if (in.readableBytes() < 4 + length) {
                return;
            }
            byte type = in.getByte(start + 4);
            int streamId = in.getInt(start + 5);
            in.readerIndex(start + Frame.HEADER_LENGTH);
            out.add(new Frame(type, streamId, in.readRetainedSlice(length - Frame.HEADER_AFTER_LENGTH)));
        }
    }
}
