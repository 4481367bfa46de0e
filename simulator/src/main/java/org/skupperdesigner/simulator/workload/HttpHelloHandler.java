package org.skupperdesigner.simulator.workload;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Skupper's hello-world backend, simulated: answers every HTTP request with {@code Hello from <site>
 * (<connector>)}, padded to the size the client asks for in {@value #RESPONSE_SIZE_HEADER} (or the workload's
 * {@code responseSize}), with header {@value #SERVED_BY_HEADER}. An injected failure is a 500. One request
 * per connection: the response carries {@code Connection: close}.
 */
final class HttpHelloHandler extends SimpleChannelInboundHandler<HttpObject> {
    static final String SERVED_BY_HEADER = "X-Served-By";
    static final String RESPONSE_SIZE_HEADER = "X-Response-Size";
    private static final long MAX_BODY = 64L * 1024 * 1024;

    private final WorkloadIdentity identity;
    private final WorkloadSpec spec;
    private final boolean fail;
    private long responseSize;

    HttpHelloHandler(WorkloadIdentity identity, WorkloadSpec spec, boolean fail) {
        this.identity = identity;
        this.spec = spec;
        this.fail = fail;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) {
        if (msg instanceof HttpRequest request) {
            responseSize = spec.responseSize();
            String asked = request.headers().get(RESPONSE_SIZE_HEADER);
            if (asked != null) {
                try {
                    responseSize = Math.max(0, Math.min(MAX_BODY, Long.parseLong(asked.trim())));
                } catch (NumberFormatException ignored) {
                    // keep the default
                }
            }
        }
        if (msg instanceof HttpContent && msg instanceof LastHttpContent) {
            long delay = spec.delay().toNanos();
            if (delay > 0) {
                ctx.executor().schedule(() -> respond(ctx), delay, TimeUnit.NANOSECONDS);
            } else {
                respond(ctx);
            }
        }
    }

    private void respond(ChannelHandlerContext ctx) {
        if (!ctx.channel().isActive()) {
            return;
        }
        FullHttpResponse response;
        if (fail) {
            ByteBuf body = ctx.alloc().buffer().writeBytes(
                    ("injected failure at " + identity.label() + "\n").getBytes(StandardCharsets.UTF_8));
            response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.INTERNAL_SERVER_ERROR, body);
        } else {
            byte[] hello = ("Hello from " + identity.siteId() + " (" + identity.label() + ")\n")
                    .getBytes(StandardCharsets.UTF_8);
            int size = (int) Math.max(responseSize, 0);
            ByteBuf body = ctx.alloc().buffer(Math.max(size, 1));
            body.writeBytes(hello, 0, Math.min(hello.length, size));
            if (size > hello.length) {
                PayloadPattern.write(body, PayloadPattern.SOURCE_SEED, hello.length, size - hello.length);
            }
            response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, body);
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        }
        response.headers().set(SERVED_BY_HEADER, identity.label());
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }

    /** First in an HTTP workload's pipeline: counts raw bytes and reports the connection to the probe. */
    static final class RawBytes extends ChannelDuplexHandler {
        private final WorkloadIdentity identity;
        private final WorkloadStats stats;
        private final Supplier<WorkloadProbe> probe;
        private final boolean fail;
        private Instant accepted;
        private long in;
        private long out;

        RawBytes(WorkloadIdentity identity, WorkloadStats stats, Supplier<WorkloadProbe> probe, boolean fail) {
            this.identity = identity;
            this.stats = stats;
            this.probe = probe;
            this.fail = fail;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            accepted = Instant.now();
            stats.countAccepted();
            if (fail) {
                stats.countInjectedFailure();
            }
            ctx.channel().closeFuture().addListener(f -> {
                WorkloadProbe p = probe.get();
                if (p != null) {
                    p.served(identity, accepted, Instant.now(), in, out, fail);
                }
            });
            ctx.fireChannelActive();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof ByteBuf buf) {
                in += buf.readableBytes();
                stats.countIn(buf.readableBytes());
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (msg instanceof ByteBuf buf) {
                out += buf.readableBytes();
                stats.countOut(buf.readableBytes());
            }
            ctx.write(msg, promise);
        }
    }
}
