package org.skupperdesigner.simulator.traffic;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.workload.PayloadPattern;

/**
 * One HTTP/1.1 request per connection: POST with a pattern body, asking the server for a response body of
 * {@code responseSize} bytes ({@code X-Response-Size}, understood by the http-hello workload). A 5xx is an
 * error; against http-hello the body size is checked and {@code X-Served-By} names the replica.
 */
final class HttpExchange extends SimpleChannelInboundHandler<HttpObject> {
    static final String SERVED_BY = "X-Served-By";
    static final String RESPONSE_SIZE = "X-Response-Size";

    private final String authority;
    private final long seed;
    private final long requestSize;
    private final long responseSize;
    private final ResponseCheck check;
    private final Exchange exchange;
    private int status;
    private String servedBy;
    private long body;

    HttpExchange(String authority, long seed, long requestSize, long responseSize, ResponseCheck check,
                 Exchange exchange) {
        this.authority = authority;
        this.seed = seed;
        this.requestSize = requestSize;
        this.responseSize = responseSize;
        this.check = check;
        this.exchange = exchange;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ByteBuf content = ctx.alloc().buffer((int) requestSize);
        PayloadPattern.write(content, seed, 0, (int) requestSize);
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/", content);
        request.headers().set(HttpHeaderNames.HOST, authority)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_OCTET_STREAM)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, (int) requestSize)
                .set(RESPONSE_SIZE, Long.toString(responseSize));
        ctx.writeAndFlush(request);
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) {
        if (msg.decoderResult().isFailure()) {
            exchange.finish(RequestOutcome.PROTOCOL, requestSize, body, servedBy);
            return;
        }
        if (msg instanceof HttpResponse response) {
            status = response.status().code();
            servedBy = response.headers().get(SERVED_BY);
        }
        if (msg instanceof HttpContent content) {
            body += content.content().readableBytes();
            if (msg instanceof LastHttpContent) {
                exchange.finish(verdict(), requestSize, body, servedBy);
            }
        }
    }

    private RequestOutcome verdict() {
        if (status >= 500) {
            return RequestOutcome.HTTP_ERROR;
        }
        if (status < 200 || status >= 300) {
            return RequestOutcome.PROTOCOL;
        }
        if (check.kind() == ResponseCheck.Kind.HTTP_HELLO && body != responseSize) {
            return RequestOutcome.MISMATCH;
        }
        return RequestOutcome.OK;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        exchange.finish(RequestOutcome.RESET, requestSize, body, servedBy);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        exchange.finish(cause instanceof IOException ? RequestOutcome.RESET : RequestOutcome.PROTOCOL, requestSize,
                body, servedBy);
        ctx.close();
    }
}
