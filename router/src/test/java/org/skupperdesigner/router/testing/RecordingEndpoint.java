package org.skupperdesigner.router.testing;

import io.netty.buffer.ByteBuf;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.skupperdesigner.router.stream.StreamEndpoint;
import org.skupperdesigner.router.wire.ResetReason;

/** A flow endpoint that records what the flow asks of it. */
public final class RecordingEndpoint implements StreamEndpoint {
    public final ByteArrayOutputStream received = new ByteArrayOutputStream();
    public final List<String> calls = new ArrayList<>();
    public boolean writable = true;

    @Override
    public void send(ByteBuf data) {
        byte[] bytes = new byte[data.readableBytes()];
        data.readBytes(bytes);
        data.release();
        received.writeBytes(bytes);
    }

    @Override
    public void sendEnd() {
        calls.add("end");
    }

    @Override
    public void abort(ResetReason reason) {
        calls.add("abort:" + reason);
    }

    @Override
    public boolean isWritable() {
        return writable;
    }

    @Override
    public void pauseInput() {
        calls.add("pause");
    }

    @Override
    public void resumeInput() {
        calls.add("resume");
    }
}
