package org.skupperdesigner.router.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;

/**
 * Writes the 9-byte header as its own small buffer and passes the payload through untouched, so DATA is
 * never copied here.
 */
@ChannelHandler.Sharable
public final class FrameEncoder extends MessageToMessageEncoder<Frame> {
    public FrameEncoder() {
        super(Frame.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Frame frame, List<Object> out) {
        ByteBuf payload = frame.content();
        int payloadLength = payload.readableBytes();
        if (payloadLength <= 256) {
            // small control frames: one buffer is cheaper than two
            ByteBuf buf = ctx.alloc().ioBuffer(Frame.HEADER_LENGTH + payloadLength);
            writeHeader(buf, frame, payloadLength);
            buf.writeBytes(payload, payload.readerIndex(), payloadLength);
            out.add(buf);
            return;
        }
        ByteBuf header = ctx.alloc().ioBuffer(Frame.HEADER_LENGTH);
        writeHeader(header, frame, payloadLength);
        out.add(header);
        out.add(payload.retain());
    }

    private static void writeHeader(ByteBuf buf, Frame frame, int payloadLength) {
        buf.writeInt(Frame.HEADER_AFTER_LENGTH + payloadLength);
        buf.writeByte(frame.type());
        buf.writeInt(frame.streamId());
    }
}
