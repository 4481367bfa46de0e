package org.skupperdesigner.router.forward;

import io.netty.bootstrap.AbstractBootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.ChannelOption;
import io.netty.channel.WriteBufferWaterMark;

/** Options of client and target sockets: half-close allowed, autoRead off until the flow is connected. */
public final class SocketOptions {
    static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(64 * 1024, 256 * 1024);
    static final int CONNECT_TIMEOUT_MILLIS = 5000;
    /**
     * Reads of up to 256 KiB (Netty's default stops at 64 KiB): a busy flow moves more bytes per wake-up and
     * per syscall; an idle or chatty one still reads into small buffers.
     */
    public static final AdaptiveRecvByteBufAllocator RECEIVE = new AdaptiveRecvByteBufAllocator(512, 16 * 1024,
            256 * 1024);

    private SocketOptions() {
    }

    static void applyToChildren(ServerBootstrap bootstrap) {
        bootstrap.childOption(ChannelOption.AUTO_READ, false)
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.RCVBUF_ALLOCATOR, RECEIVE)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK);
    }

    static <B extends AbstractBootstrap<B, ?>> B apply(B bootstrap) {
        return bootstrap.option(ChannelOption.AUTO_READ, false)
                .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.RCVBUF_ALLOCATOR, RECEIVE)
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS);
    }
}
