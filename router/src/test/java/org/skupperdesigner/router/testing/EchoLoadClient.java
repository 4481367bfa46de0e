package org.skupperdesigner.router.testing;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * Non-blocking clients for load tests: each sends a seeded random payload, half-closes, and checksums the
 * echo it gets back. Many flows share one event loop thread.
 */
public final class EchoLoadClient implements AutoCloseable {
    private static final int CHUNK = 32 * 1024;

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());

    /** What one flow sent and got back. */
    public record Result(long sent, long received, long sentCrc, long receivedCrc, long nanos) {
        public boolean intact() {
            return sent == received && sentCrc == receivedCrc;
        }
    }

    public CompletableFuture<Result> echo(int port, long size, long seed) {
        return start(port, size, seed, true);
    }

    /** Sends {@code size} bytes but never reads the echo: a stalled reader. */
    public CompletableFuture<Result> stalled(int port, long size, long seed) {
        return start(port, size, seed, false);
    }

    private CompletableFuture<Result> start(int port, long size, long seed, boolean reads) {
        CompletableFuture<Result> result = new CompletableFuture<>();
        Bootstrap bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .option(ChannelOption.AUTO_READ, reads)
                .option(ChannelOption.SO_RCVBUF, reads ? 256 * 1024 : 16 * 1024)
                .handler(new Flow(size, seed, result));
        ChannelFuture connect = bootstrap.connect("127.0.0.1", port);
        connect.addListener(done -> {
            if (!done.isSuccess()) {
                result.completeExceptionally(done.cause());
            }
        });
        return result;
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static final class Flow extends ChannelInboundHandlerAdapter {
        private final long size;
        private final SplittableRandom random;
        private final CompletableFuture<Result> result;
        private final CRC32C sentCrc = new CRC32C();
        private final CRC32C receivedCrc = new CRC32C();
        private final byte[] chunk = new byte[CHUNK];
        private long sent;
        private long received;
        private long started;

        Flow(long size, long seed, CompletableFuture<Result> result) {
            this.size = size;
            this.random = new SplittableRandom(seed);
            this.result = result;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            started = System.nanoTime();
            writeMore(ctx.channel());
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            writeMore(ctx.channel());
        }

        private void writeMore(Channel channel) {
            while (channel.isWritable() && sent < size) {
                int length = (int) Math.min(CHUNK, size - sent);
                for (int i = 0; i < length; i++) {
                    chunk[i] = (byte) random.nextInt(256);
                }
                sentCrc.update(chunk, 0, length);
                sent += length;
                channel.write(channel.alloc().buffer(length).writeBytes(chunk, 0, length));
            }
            channel.flush();
            if (sent == size) {
                sent++; // only once; shutdownOutput would fail writes still queued, so wait for them
                channel.writeAndFlush(Unpooled.EMPTY_BUFFER)
                        .addListener(written -> ((SocketChannel) channel).shutdownOutput());
            }
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            try {
                received += buf.readableBytes();
                receivedCrc.update(buf.nioBuffer());
            } finally {
                buf.release();
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof ChannelInputShutdownEvent) {
                ctx.close();
                result.complete(new Result(Math.min(sent, size), received, sentCrc.getValue(),
                        receivedCrc.getValue(), System.nanoTime() - started));
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            result.completeExceptionally(cause);
            ctx.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            result.completeExceptionally(new IllegalStateException("closed after " + received + " bytes"));
        }
    }
}
