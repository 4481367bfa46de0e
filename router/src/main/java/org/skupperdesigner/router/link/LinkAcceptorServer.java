package org.skupperdesigner.router.link;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelException;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import java.util.concurrent.ThreadLocalRandom;
import org.skupperdesigner.router.config.LinkAcceptorConfig;
import org.skupperdesigner.router.forward.SocketOptions;

/** A bound link acceptor (Skupper RouterAccess role endpoint). Accepted links live on the router's loop. */
public final class LinkAcceptorServer implements AutoCloseable {
    private static final int LOCAL_PORT_TRIES = 200;

    private final LinkAcceptorConfig config;
    private final LinkContext context;
    private Channel serverChannel;
    private int port;

    public LinkAcceptorServer(LinkAcceptorConfig config, LinkContext context) {
        this.config = config;
        this.context = context;
    }

    /** Binds (blocking; not to be called on an event loop). Port 0 picks a free port. */
    public void bind() throws InterruptedException {
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(context.loop(), context.loop())
                .channel(context.linkServerChannelType())
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, LinkContext.LINK_WATER_MARK)
                .childOption(ChannelOption.RCVBUF_ALLOCATOR, SocketOptions.RECEIVE)
                .childHandler(new LinkChannelInitializer(context.tls(), null, 0,
                        () -> context.newSession(config.role(), false, config.name(), 1), context.channels()));
        if (context.tcp()) {
            bootstrap.option(ChannelOption.SO_REUSEADDR, true).childOption(ChannelOption.TCP_NODELAY, true);
            serverChannel = bindOrThrow(bootstrap, config.port());
        } else if (config.port() != 0) {
            serverChannel = bindOrThrow(bootstrap, config.port());
        } else {
            serverChannel = bindFreeLocalPort(bootstrap);
        }
        context.channels().add(serverChannel);
        port = LinkAddresses.portOf(serverChannel.localAddress());
    }

    private Channel bindOrThrow(ServerBootstrap bootstrap, int wantedPort) throws InterruptedException {
        ChannelFuture bound = bootstrap.bind(LinkAddresses.of(context.transport(), config.host(), wantedPort)).await();
        if (!bound.isSuccess()) {
            throw new ChannelException("cannot bind link acceptor " + config.name() + " on " + config.host() + ":"
                    + wantedPort, bound.cause());
        }
        return bound.channel();
    }

    /** Local addresses have no port allocator: try random ports until one is free (bounded). */
    private Channel bindFreeLocalPort(ServerBootstrap bootstrap) throws InterruptedException {
        ChannelException last = null;
        for (int i = 0; i < LOCAL_PORT_TRIES; i++) {
            int candidate = ThreadLocalRandom.current().nextInt(20_000, 65_535);
            try {
                return bindOrThrow(bootstrap, candidate);
            } catch (ChannelException e) {
                last = e;
            }
        }
        throw last;
    }

    public LinkAcceptorConfig config() {
        return config;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (serverChannel != null) {
            serverChannel.close();
        }
    }
}
