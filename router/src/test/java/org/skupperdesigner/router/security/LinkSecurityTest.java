package org.skupperdesigner.router.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.OutgoingLinkConfig;
import org.skupperdesigner.router.config.RouterConfig;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.config.TlsMaterial;
import org.skupperdesigner.router.observe.RouterEvent;
import org.skupperdesigner.router.testing.Await;
import org.skupperdesigner.router.testing.ListeningSockets;
import org.skupperdesigner.router.testing.RouterFixture;
import org.skupperdesigner.router.testing.TestPki;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LinkSecurityTest {
    private static final TestPki NETWORK = new TestPki("network-ca");
    private static final TestPki OTHER = new TestPki("other-ca");
    @RegisterExtension
    final RouterFixture fixture = new RouterFixture(NETWORK);

    @Test
    void routerWithACertificateFromAnotherCaIsRefused() {
        RouterRuntime a = fixture.interior("a");
        // the intruder trusts our CA, so only a's check of the intruder's certificate can stop it
        RouterRuntime intruder = dialer("intruder", OTHER.routerTrusting("intruder", NETWORK.caCertificate()), a);
        assertRefusedAt(a, intruder);
    }

    @Test
    void routerWithAnExpiredCertificateIsRefused() {
        RouterRuntime a = fixture.interior("a");
        RouterRuntime old = dialer("old", NETWORK.expiredRouter("old"), a);
        assertRefusedAt(a, old);
    }

    @Test
    void acceptorWithACertificateFromAnotherCaIsRefusedByTheDialler() {
        RouterRuntime fake = fixture.start(RouterConfig.of("fake", RouterMode.INTERIOR,
                OTHER.routerTrusting("fake", NETWORK.caCertificate())).withLinkAcceptors(List.of(
                new org.skupperdesigner.router.config.LinkAcceptorConfig("inter-router", LinkRole.INTER_ROUTER,
                        "127.0.0.1", 0))));
        RouterRuntime a = fixture.interior("a");
        RouterFixture.link(a, fake, 1);
        Await.until("refusal reported by a", () -> fixture.events.stream().anyMatch(e ->
                e instanceof RouterEvent.LinkRefused r && r.routerId().equals("a") && r.reason().contains("TLS")));
        assertThat(a.links()).isEmpty();
    }

    @Test
    void clientWithoutCertificateIsRefused() throws Exception {
        RouterRuntime a = fixture.interior("a");
        SslContext noCertificate = SslContextBuilder.forClient().trustManager(NETWORK.caCertificate())
                .protocols("TLSv1.3").build();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            Channel channel = new Bootstrap().group(group).channel(NioSocketChannel.class)
                    .handler(new ChannelInitializer<>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            ch.pipeline().addLast(noCertificate.newHandler(ch.alloc(), "127.0.0.1",
                                    a.linkAcceptorPort("inter-router")));
                            ch.pipeline().addLast(new io.netty.channel.ChannelInboundHandlerAdapter() {
                                @Override
                                public void exceptionCaught(io.netty.channel.ChannelHandlerContext ctx, Throwable e) {
                                    ctx.close(); // the refusal is expected
                                }
                            });
                        }
                    })
                    .connect("127.0.0.1", a.linkAcceptorPort("inter-router")).sync().channel();
            assertThat(channel.closeFuture().await(5, TimeUnit.SECONDS)).as("server closed the connection").isTrue();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
        Await.until("refusal reported", () -> fixture.events.stream().anyMatch(e ->
                e instanceof RouterEvent.LinkRefused r && r.routerId().equals("a")));
        assertThat(a.links()).isEmpty();
    }

    @Test
    void onlyLinkAcceptorsAndOpenListenersListenAndOnlyOnLoopback() throws Exception {
        Set<String> before = ListeningSockets.ofThisProcess();
        RouterRuntime a = fixture.interior("a");
        RouterRuntime b = fixture.interior("b");
        RouterFixture.link(a, b, 1);
        RouterFixture.connect(b, "svc", "svc", 9); // target need not exist for the listener to open
        int open = RouterFixture.listen(a, "svc", "svc");
        int closed = RouterFixture.listen(a, "nothing", "no-connector-anywhere");
        Await.until("listener open", () -> a.isListenerOpen("svc"));

        Set<String> now = ListeningSockets.ofThisProcess();
        now.removeAll(before);
        assertThat(now).containsExactlyInAnyOrder(
                ListeningSockets.loopback(a.linkAcceptorPort("inter-router")),
                ListeningSockets.loopback(a.linkAcceptorPort("edge")),
                ListeningSockets.loopback(b.linkAcceptorPort("inter-router")),
                ListeningSockets.loopback(b.linkAcceptorPort("edge")),
                ListeningSockets.loopback(open));
        assertThat(now).doesNotContain(ListeningSockets.loopback(closed));
    }

    private RouterRuntime dialer(String id, TlsMaterial tls, RouterRuntime target) {
        RouterRuntime dialer = fixture.start(RouterConfig.of(id, RouterMode.INTERIOR, tls));
        dialer.addOutgoingLink(new OutgoingLinkConfig(id + "-to-a", "127.0.0.1", target.linkAcceptorPort("inter-router"),
                LinkRole.INTER_ROUTER, 1));
        return dialer;
    }

    private void assertRefusedAt(RouterRuntime acceptor, RouterRuntime dialer) {
        Await.until("refusal reported by " + acceptor.routerId(), () -> fixture.events.stream().anyMatch(e ->
                e instanceof RouterEvent.LinkRefused r && r.routerId().equals(acceptor.routerId())
                        && r.reason().contains("TLS")));
        Await.until("dialler saw the refusal too", () -> fixture.events.stream().anyMatch(e ->
                e instanceof RouterEvent.LinkRefused r && r.routerId().equals(dialer.routerId())));
        assertThat(acceptor.links()).isEmpty();
        assertThat(dialer.links()).isEmpty();
        assertThat(fixture.events).noneMatch(e -> e instanceof RouterEvent.LinkUp);
    }
}
