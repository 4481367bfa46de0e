package org.skupperdesigner.router;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandle;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/** Socket channel classes matching the event loop group (epoll or NIO). */
public record ChannelTypes(Class<? extends SocketChannel> socket, Class<? extends ServerChannel> server) {
    /**
     * Channel classes for {@code group}. Pass the router's own event loop when there is one: asking a
     * multi-thread group calls its {@code next()}, which moves its round-robin on.
     */
    public static ChannelTypes forGroup(EventLoopGroup group) {
        if (Epoll.isAvailable() && group instanceof IoEventLoopGroup io && io.isCompatible(EpollIoHandle.class)) {
            return new ChannelTypes(EpollSocketChannel.class, EpollServerSocketChannel.class);
        }
        return new ChannelTypes(NioSocketChannel.class, NioServerSocketChannel.class);
    }
}
