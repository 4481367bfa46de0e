package org.skupperdesigner.simulator.traffic;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import java.io.IOException;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.workload.PayloadPattern;

/**
 * One raw TCP request: writes {@code requestSize} pattern bytes (honouring backpressure), half-closes, reads
 * until the server closes and checks what came back.
 */
final class TcpExchange extends ChannelInboundHandlerAdapter {
    private static final int CHUNK = 16 * 1024;

    private final long seed;
    private final long requestSize;
    private final ResponseCheck check;
    private final Exchange exchange;
    private long written;
    private long received;
    private boolean mismatch;
    private boolean pumping;

    TcpExchange(long seed, long requestSize, ResponseCheck check, Exchange exchange) {
        this.seed = seed;
        this.requestSize = requestSize;
        this.check = check;
        this.exchange = exchange;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        pump(ctx);
        ctx.fireChannelActive();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        pump(ctx);
        ctx.fireChannelWritabilityChanged();
    }

    private void pump(ChannelHandlerContext ctx) {
        if (written > requestSize || pumping) {
            return;
        }
        pumping = true;
        try {
            pumpNow(ctx);
        } finally {
            pumping = false;
        }
    }

    private void pumpNow(ChannelHandlerContext ctx) {
        while (written < requestSize && ctx.channel().isWritable()) {
            int n = (int) Math.min(CHUNK, requestSize - written);
            ByteBuf buf = ctx.alloc().buffer(n);
            PayloadPattern.write(buf, seed, written, n);
            written += n;
            ctx.write(buf, ctx.voidPromise());
            if (!ctx.channel().isWritable()) {
                ctx.flush(); // may drain at once and make the channel writable again (its event is swallowed here)
            }
        }
        ctx.flush();
        if (written == requestSize) {
            written = requestSize + 1; // half-close once, after everything written so far has left
            ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(f -> {
                if (f.isSuccess()) {
                    ((DuplexChannel) ctx.channel()).shutdownOutput();
                }
            });
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        try {
            if (!mismatch) {
                if (check.kind() == ResponseCheck.Kind.ECHO) {
                    mismatch = received + buf.readableBytes() > requestSize
                            || PayloadPattern.firstMismatch(buf, seed, received) >= 0;
                } else if (check.kind() == ResponseCheck.Kind.SOURCE) {
                    mismatch = received + buf.readableBytes() > check.sourceSize()
                            || PayloadPattern.firstMismatch(buf, PayloadPattern.SOURCE_SEED, received) >= 0;
                } else if (check.kind() == ResponseCheck.Kind.EMPTY) {
                    mismatch = buf.isReadable();
                }
            }
            received += buf.readableBytes();
        } finally {
            buf.release();
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof ChannelInputShutdownEvent) {
            exchange.finish(verdict(), sent(), received, null); // the server closed its side: the answer is complete
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        exchange.finish(verdict(), sent(), received, null);
    }

    private RequestOutcome verdict() {
        if (mismatch) {
            return RequestOutcome.MISMATCH;
        }
        if (written <= requestSize) {
            return RequestOutcome.RESET; // closed before the request was even sent
        }
        long expected = switch (check.kind()) {
            case ECHO -> requestSize;
            case SOURCE -> check.sourceSize();
            case EMPTY -> 0;
            default -> -1;
        };
        return expected < 0 || received == expected ? RequestOutcome.OK : RequestOutcome.RESET;
    }

    private long sent() {
        return Math.min(written, requestSize);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        exchange.finish(cause instanceof IOException ? RequestOutcome.RESET : RequestOutcome.PROTOCOL, sent(),
                received, null);
        if (ctx.channel().isOpen()) {
            ctx.channel().config().setOption(ChannelOption.SO_LINGER, 0);
        }
        ctx.close();
    }
}
