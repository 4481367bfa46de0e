package org.skupperdesigner.router.link;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.skupperdesigner.router.config.OutgoingLinkConfig;
import org.skupperdesigner.router.forward.SocketOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one outgoing link connected: dials, and after a failure or drop dials again after the configured
 * backoff (Skupper: 2 s, then every 5 s). Runs on the router's event loop.
 */
public final class OutgoingLinkDialer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutgoingLinkDialer.class);

    private final OutgoingLinkConfig config;
    private final LinkContext context;
    private Channel channel;
    private LinkSession session;
    private ScheduledFuture<?> retry;
    private int failures;
    private boolean closed;

    public OutgoingLinkDialer(OutgoingLinkConfig config, LinkContext context) {
        this.config = config;
        this.context = context;
    }

    public OutgoingLinkConfig config() {
        return config;
    }

    public void start() {
        dial();
    }

    private void dial() {
        retry = null;
        if (closed) {
            return;
        }
        LinkSession newSession = context.newSession(config.role(), true, config.name(), config.cost());
        session = newSession;
        Bootstrap bootstrap = new Bootstrap()
                .group(context.loop())
                .channel(context.linkChannelType())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) LinkContext.connectTimeoutMillis(context.options()))
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, LinkContext.LINK_WATER_MARK)
                .option(ChannelOption.RCVBUF_ALLOCATOR, SocketOptions.RECEIVE)
                .handler(new LinkChannelInitializer(context.tls(), config.host(), config.port(), () -> newSession, null));
        if (context.tcp()) {
            bootstrap.option(ChannelOption.TCP_NODELAY, true);
        }
        ChannelFuture connect = bootstrap.connect(LinkAddresses.of(context.transport(), config.host(), config.port()));
        channel = connect.channel();
        context.channels().add(channel);
        connect.addListener(done -> {
            if (!done.isSuccess()) {
                LOG.debug("link {} could not connect: {}", config.name(), done.cause().toString());
                context.handler().linkRefused(newSession, "connect failed: " + done.cause().getMessage());
                scheduleRetry();
            }
        });
        channel.closeFuture().addListener(closedFuture -> {
            if (connect.isSuccess()) {
                if (newSession.wasUp()) {
                    failures = 0; // a link that came up starts the backoff afresh
                }
                scheduleRetry();
            }
        });
    }

    private void scheduleRetry() {
        if (closed || retry != null) {
            return;
        }
        long delay = context.options().reconnectDelay(failures++).toNanos();
        retry = context.loop().schedule(this::dial, delay, TimeUnit.NANOSECONDS);
    }

    /** The live session, if the link is currently up. */
    public LinkSession session() {
        return session != null && session.isUp() ? session : null;
    }

    /** Simulates a silent partition of this link (both routers must time it out). */
    public void freeze() {
        if (session != null) {
            session.freeze();
        }
    }

    @Override
    public void close() {
        closed = true;
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
        if (session != null) {
            session.closeWith("link removed");
        }
        if (channel != null) {
            channel.close();
        }
    }
}
