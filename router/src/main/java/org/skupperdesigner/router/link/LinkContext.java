package org.skupperdesigner.router.link;

import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.channel.ServerChannel;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalServerChannel;
import java.util.concurrent.TimeUnit;
import org.skupperdesigner.router.ChannelTypes;
import org.skupperdesigner.router.RouterOptions;
import org.skupperdesigner.router.Transport;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.tls.LinkTls;

/** Everything dialers and acceptors of one router share. */
public record LinkContext(String routerId, RouterMode mode, EventLoop loop, RouterOptions options, ChannelTypes types,
                          LinkTls tls, LinkSessionHandler handler, ChannelGroup channels) {

    /** A link's write buffer is shared by all its streams, so it is larger than a socket's. */
    static final WriteBufferWaterMark LINK_WATER_MARK = new WriteBufferWaterMark(512 * 1024, 2 * 1024 * 1024);

    Transport transport() {
        return options.transport();
    }

    Class<? extends Channel> linkChannelType() {
        return transport() == Transport.LOCAL ? LocalChannel.class : types.socket();
    }

    Class<? extends ServerChannel> linkServerChannelType() {
        return transport() == Transport.LOCAL ? LocalServerChannel.class : types.server();
    }

    boolean tcp() {
        return transport() == Transport.TCP;
    }

    LinkSession newSession(LinkRole role, boolean dialer, String linkName, int cost) {
        return new LinkSession(handler, new LinkSettings(routerId, mode, role, dialer, linkName, cost,
                options.helloInterval().toNanos(), options.deadInterval().toNanos(), options.streamWindowBytes()));
    }

    static long connectTimeoutMillis(RouterOptions options) {
        return Math.max(1000, Math.min(10_000, TimeUnit.NANOSECONDS.toMillis(options.deadInterval().toNanos()) * 2));
    }
}
