package org.skupperdesigner.router.link;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.handler.ssl.SslHandler;
import java.util.function.Supplier;
import org.skupperdesigner.router.tls.LinkTls;
import org.skupperdesigner.router.wire.FrameDecoder;
import org.skupperdesigner.router.wire.FrameEncoder;

/** Builds a link pipeline: [TLS] -> frame decoder/encoder -> session. */
public final class LinkChannelInitializer extends ChannelInitializer<Channel> {
    private static final FrameEncoder ENCODER = new FrameEncoder();

    private final LinkTls tls;
    private final String peerHost;
    private final int peerPort;
    private final Supplier<LinkSession> sessions;
    private final ChannelGroup accepted;

    /**
     * @param tls      null for plain links (local transport only)
     * @param peerHost host the dialler expects in the peer certificate; null on the accepting side
     * @param accepted where the accepting side registers each accepted link channel, so closing the router closes
     *                 them (closing a server channel leaves its children open); null on the dialling side
     */
    public LinkChannelInitializer(LinkTls tls, String peerHost, int peerPort, Supplier<LinkSession> sessions,
                                  ChannelGroup accepted) {
        this.tls = tls;
        this.peerHost = peerHost;
        this.peerPort = peerPort;
        this.sessions = sessions;
        this.accepted = accepted;
    }

    @Override
    protected void initChannel(Channel channel) {
        if (accepted != null) {
            accepted.add(channel);
        }
        ChannelPipeline pipeline = channel.pipeline();
        if (tls != null) {
            SslHandler ssl = peerHost == null
                    ? tls.serverHandler(channel.alloc())
                    : tls.clientHandler(channel.alloc(), peerHost, peerPort);
            pipeline.addLast(PipelineNames.TLS, ssl);
        }
        pipeline.addLast(PipelineNames.FRAME_DECODER, new FrameDecoder());
        pipeline.addLast(PipelineNames.FRAME_ENCODER, ENCODER);
        pipeline.addLast(PipelineNames.LINK_SESSION, sessions.get());
    }
}
