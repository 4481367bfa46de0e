package org.skupperdesigner.router.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;
import io.netty.buffer.Unpooled;

/**
 * One link frame: type, stream id and payload. Reference counted through its payload so that a frame
 * dropped anywhere in the pipeline releases its bytes.
 */
public final class Frame extends DefaultByteBufHolder {
    /** Header bytes after the length field: type (1) and stream id (4). */
    public static final int HEADER_AFTER_LENGTH = 5;
    /** Full header: length (4), type (1), stream id (4). */
    public static final int HEADER_LENGTH = 4 + HEADER_AFTER_LENGTH;
    /** Largest payload a peer may send; DATA is cut well below it. */
    public static final int MAX_PAYLOAD = 1 << 20;

    private final byte type;
    private final int streamId;

    public Frame(byte type, int streamId, ByteBuf payload) {
        super(payload);
        this.type = type;
        this.streamId = streamId;
    }

    public static Frame empty(byte type, int streamId) {
        return new Frame(type, streamId, Unpooled.EMPTY_BUFFER);
    }

    public byte type() {
        return type;
    }

    public int streamId() {
        return streamId;
    }

    @Override
    public Frame replace(ByteBuf content) {
        return new Frame(type, streamId, content);
    }

    @Override
    public String toString() {
        return "Frame[" + FrameType.name(type) + ", stream=" + streamId + ", payload=" + content().readableBytes() + "]";
    }
}
