package org.skupperdesigner.simulator.workload;

import io.netty.buffer.ByteBuf;

/**
 * The deterministic bytes workloads and traffic generators exchange, so either side can check a stream
 * byte for byte without keeping a copy: byte {@code i} of a stream with seed {@code s} is a function of both.
 */
public final class PayloadPattern {
    /** Seed of what source workloads write. */
    public static final long SOURCE_SEED = 0x5EED;

    private PayloadPattern() {
    }

    public static byte at(long seed, long offset) {
        long x = (offset + seed * 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        return (byte) (x >>> 56 ^ x >>> 29 ^ offset);
    }

    /** Writes {@code length} pattern bytes starting at {@code offset} into {@code buf}. */
    public static void write(ByteBuf buf, long seed, long offset, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = at(seed, offset + i);
        }
        buf.writeBytes(bytes);
    }

    /** Index of the first byte of {@code buf} (readable part) that differs from the pattern, or -1. */
    public static int firstMismatch(ByteBuf buf, long seed, long offset) {
        byte[] bytes = new byte[buf.readableBytes()];
        buf.getBytes(buf.readerIndex(), bytes);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != at(seed, offset + i)) {
                return i;
            }
        }
        return -1;
    }
}
