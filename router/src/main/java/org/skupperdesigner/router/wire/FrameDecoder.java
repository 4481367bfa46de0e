package org.skupperdesigner.router.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import java.util.List;

/**
 * Cuts the link byte stream into {@link Frame}s; payloads are retained slices (no copy).
 *
 * <p>DATA is cut through: once a DATA header has arrived, its payload is handed on as soon as a useful
 * piece of it has (at least {@link #MIN_DATA_PIECE} bytes, or the rest of the frame), each piece as a DATA
 * frame of the same stream. A 64 KiB frame is therefore never held back until its last byte arrives, and a
 * read is copied into the cumulation only when the previous one left a partial header, a partial control
 * frame or a DATA piece too small to hand on (Netty's default merging cumulator; a composite cumulation was
 * tried and dropped, see docs/decisions/0150).
 */
public final class FrameDecoder extends ByteToMessageDecoder {
    /** Smallest partial DATA piece handed on before the rest of its frame has arrived. */
    static final int MIN_DATA_PIECE = 4096;

    private int dataStream;
    private int dataRemaining;

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            if (dataRemaining > 0) {
                int readable = in.readableBytes();
                if (readable < dataRemaining && readable < MIN_DATA_PIECE) {
                    return; // wait for a worthwhile piece
                }
                int piece = Math.min(readable, dataRemaining);
                dataRemaining -= piece;
                out.add(new Frame(FrameType.DATA, dataStream, in.readRetainedSlice(piece)));
                continue;
            }
            if (in.readableBytes() < Frame.HEADER_LENGTH) {
                return;
            }
            int start = in.readerIndex();
            int length = in.getInt(start);
            if (length < Frame.HEADER_AFTER_LENGTH || length - Frame.HEADER_AFTER_LENGTH > Frame.MAX_PAYLOAD) {
                in.skipBytes(in.readableBytes());
                throw new CorruptedFrameException("bad frame length " + length);
            }
            byte type = in.getByte(start + 4);
            int streamId = in.getInt(start + 5);
            int payload = length - Frame.HEADER_AFTER_LENGTH;
            if (type == FrameType.DATA) {
                in.skipBytes(Frame.HEADER_LENGTH);
                dataStream = streamId;
                dataRemaining = payload; // an empty DATA frame carries nothing and is dropped here
                continue;
            }
            if (in.readableBytes() < Frame.HEADER_LENGTH + payload) {
                return;
            }
            in.skipBytes(Frame.HEADER_LENGTH);
            out.add(new Frame(type, streamId, in.readRetainedSlice(payload)));
        }
    }
}
