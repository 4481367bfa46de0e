package org.skupperdesigner.router.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.CorruptedFrameException;
import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Control payloads are built and parsed as plain byte arrays: they are small and rare, and this keeps them
 * off the pooled allocator (and out of leak tracking). Strings are u16 length + UTF-8, integers big-endian.
 */
final class WireStrings {
    private WireStrings() {
    }

    /** Growable big-endian writer. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

        Writer u8(int value) {
            out.write(value);
            return this;
        }

        Writer u16(int value) {
            out.write(value >>> 8);
            out.write(value);
            return this;
        }

        Writer i32(int value) {
            u16(value >>> 16);
            return u16(value & 0xFFFF);
        }

        Writer i64(long value) {
            i32((int) (value >>> 32));
            return i32((int) value);
        }

        Writer string(String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0xFFFF) {
                throw new IllegalArgumentException("string too long for the wire: " + bytes.length + " bytes");
            }
            u16(bytes.length);
            out.writeBytes(bytes);
            return this;
        }

        Writer list(List<String> values) {
            u16(values.size());
            values.forEach(this::string);
            return this;
        }

        Writer counts(Map<String, Integer> counts) {
            u16(counts.size());
            counts.forEach((key, count) -> string(key).i32(count));
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    /** Reader over one payload copied out of the frame in one go. */
    static final class Reader {
        private final ByteBuffer in;

        Reader(ByteBuf payload) {
            this.in = ByteBuffer.wrap(ByteBufUtil.getBytes(payload));
        }

        int u8() {
            return get(() -> in.get() & 0xFF);
        }

        int u16() {
            return get(() -> in.getShort() & 0xFFFF);
        }

        int i32() {
            return get(in::getInt);
        }

        long i64() {
            try {
                return in.getLong();
            } catch (BufferUnderflowException e) {
                throw new CorruptedFrameException("truncated payload");
            }
        }

        boolean bool() {
            return u8() != 0;
        }

        boolean hasMore() {
            return in.hasRemaining();
        }

        String string() {
            int length = u16();
            if (in.remaining() < length) {
                throw new CorruptedFrameException("truncated string");
            }
            String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            return value;
        }

        List<String> list() {
            int count = u16();
            List<String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(string());
            }
            return values;
        }

        Map<String, Integer> counts() {
            int count = u16();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                counts.put(string(), i32());
            }
            return counts;
        }

        private int get(java.util.function.IntSupplier read) {
            try {
                return read.getAsInt();
            } catch (BufferUnderflowException e) {
                throw new CorruptedFrameException("truncated payload");
            }
        }
    }
}
