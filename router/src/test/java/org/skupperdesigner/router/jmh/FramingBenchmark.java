package org.skupperdesigner.router.jmh;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.skupperdesigner.router.wire.Frame;
import org.skupperdesigner.router.wire.FrameType;
import org.skupperdesigner.router.wire.WireCodecAccess;

/**
 * The framing hot path, per frame: encoding a DATA frame (header buffer + the payload passed through),
 * encoding a CREDIT, and decoding a 64 KiB DATA frame that arrives in two reads (cut through, no copy).
 * Run with {@code -prof gc}: {@code gc.alloc.rate.norm} is the heap bytes allocated per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Dio.netty.leakDetection.level=disabled")
public class FramingBenchmark {
    private EmbeddedChannel channel;
    private ChannelHandlerContext ctx;
    private ByteBuf payload;
    private ByteBuf wireFirstHalf;
    private ByteBuf wireSecondHalf;
    private final List<Object> out = new ArrayList<>(8);
    private WireCodecAccess codec;

    @Setup(Level.Trial)
    public void setUp() {
        channel = new EmbeddedChannel(new ChannelInboundHandlerAdapter());
        ctx = channel.pipeline().firstContext();
        codec = new WireCodecAccess();
        payload = PooledByteBufAllocator.DEFAULT.directBuffer(64 * 1024).writeZero(64 * 1024);
        ByteBuf wire = PooledByteBufAllocator.DEFAULT.directBuffer(Frame.HEADER_LENGTH + 64 * 1024);
        wire.writeInt(Frame.HEADER_AFTER_LENGTH + 64 * 1024).writeByte(FrameType.DATA).writeInt(7).writeZero(64 * 1024);
        wireFirstHalf = wire.retainedSlice(0, 32 * 1024 + Frame.HEADER_LENGTH);
        wireSecondHalf = wire.retainedSlice(32 * 1024 + Frame.HEADER_LENGTH, 32 * 1024);
        wire.release();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        payload.release();
        wireFirstHalf.release();
        wireSecondHalf.release();
        codec.close();
        channel.finishAndReleaseAll();
    }

    @Benchmark
    public void encodeData(Blackhole hole) throws Exception {
        Frame frame = new Frame(FrameType.DATA, 7, payload.retainedDuplicate());
        codec.encode(ctx, frame, out);
        frame.release();
        drain(hole);
    }

    @Benchmark
    public void encodeCredit(Blackhole hole) throws Exception {
        Frame frame = codec.credit(ctx, 7, 65_536);
        codec.encode(ctx, frame, out);
        frame.release();
        drain(hole);
    }

    /** One 64 KiB DATA frame arriving in two reads: two pieces handed on, no payload copied. */
    @Benchmark
    public void decodeDataInTwoReads(Blackhole hole) throws Exception {
        codec.decode(ctx, wireFirstHalf.retainedDuplicate(), out);
        drain(hole);
        codec.decode(ctx, wireSecondHalf.retainedDuplicate(), out);
        drain(hole);
    }

    private void drain(Blackhole hole) {
        for (int i = 0; i < out.size(); i++) {
            Object message = out.get(i);
            hole.consume(message);
            io.netty.util.ReferenceCountUtil.release(message);
        }
        out.clear();
    }
}
