package org.skupperdesigner.router.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.observe.TrafficCounters;
import org.skupperdesigner.router.routing.LinkStateAdvert;
import org.skupperdesigner.router.stream.Flow;
import org.skupperdesigner.router.testing.RecordingEndpoint;
import org.skupperdesigner.router.wire.Frame;
import org.skupperdesigner.router.wire.FrameType;
import org.skupperdesigner.router.wire.Messages;
import org.skupperdesigner.router.wire.ResetReason;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
/** LinkSession and LinkStream on an EmbeddedChannel, frames in and out without TLS or codec. */
class LinkSessionTest {
    private static final int WINDOW = 64 * 1024;
    private final List<String> calls = new ArrayList<>();
    private final List<LinkStream> incoming = new ArrayList<>();
    private EmbeddedChannel channel;
    private LinkSession session;

    private final LinkSessionHandler handler = new LinkSessionHandler() {
        @Override
        public String admit(LinkSession s, Messages.Open peer) {
            return peer.mode() == RouterMode.INTERIOR ? null : "edge not welcome";
        }

        @Override
        public TrafficCounters linkCounters(String linkName) {
            return new TrafficCounters();
        }

        @Override
        public void linkUp(LinkSession s) {
            calls.add("up:" + s.peerId() + ":" + s.cost());
        }

        @Override
        public void linkDown(LinkSession s, String reason) {
            calls.add("down:" + reason);
        }

        @Override
        public void linkRefused(LinkSession s, String reason) {
            calls.add("refused:" + reason);
        }

        @Override
        public void linkStateReceived(LinkSession s, LinkStateAdvert advert) {
            calls.add("lsa:" + advert.origin());
        }

        @Override
        public void edgeUplinkReceived(LinkSession s, Messages.EdgeUplink uplink) {
        }

        @Override
        public void edgeReachableReceived(LinkSession s, Set<String> keys) {
        }

        @Override
        public void streamOpenReceived(LinkSession s, LinkStream stream, Messages.StreamOpen open) {
            incoming.add(stream);
        }
    };

    private void start(long helloMillis, long deadMillis) {
        session = new LinkSession(handler, new LinkSettings("me", RouterMode.INTERIOR, LinkRole.INTER_ROUTER, true,
                "me-to-peer", 3, TimeUnit.MILLISECONDS.toNanos(helloMillis), TimeUnit.MILLISECONDS.toNanos(deadMillis),
                WINDOW));
        channel = new EmbeddedChannel(session);
    }

    private void up() {
        start(1000, 3000);
        Frame open = outbound();
        assertThat(open.type()).isEqualTo(FrameType.OPEN);
        assertThat(Messages.readOpen(open.content()).cost()).isEqualTo(3);
        open.release();
        channel.writeInbound(Messages.open(channel.alloc(),
                new Messages.Open(Messages.PROTOCOL_VERSION, "peer", RouterMode.INTERIOR, LinkRole.INTER_ROUTER, 1)));
    }

    private Frame outbound() {
        channel.runPendingTasks();
        return channel.readOutbound();
    }

    @AfterEach
    void close() {
        if (channel != null) {
            channel.finishAndReleaseAll();
        }
    }

    @Test
    void openExchangeBringsTheLinkUpWithTheLargerCost() {
        up();
        assertThat(calls).containsExactly("up:peer:3");
        assertThat(session.isUp()).isTrue();
    }

    @Test
    void refusedPeerGetsACloseWithTheReason() {
        start(1000, 3000);
        outbound().release();
        channel.writeInbound(Messages.open(channel.alloc(),
                new Messages.Open(Messages.PROTOCOL_VERSION, "peer", RouterMode.EDGE, LinkRole.INTER_ROUTER, 1)));
        Frame close = outbound();
        assertThat(close.type()).isEqualTo(FrameType.CLOSE);
        assertThat(Messages.readClose(close.content())).isEqualTo("edge not welcome");
        close.release();
        assertThat(channel.isOpen()).isFalse();
        assertThat(calls).containsExactly("refused:edge not welcome");
    }

    @Test
    void senderNeverExceedsTheCreditTheReceiverGranted() {
        up();
        RecordingEndpoint client = new RecordingEndpoint();
        Flow flow = new Flow("f", "svc", f -> { });
        flow.attachUpstream(client);
        LinkStream stream = session.openStream(flow, new Messages.StreamOpen("f", "svc", List.of("me")), (s, o) -> { });
        flow.attachDownstream(stream);
        flow.markConnected();
        Frame open = outbound();
        assertThat(open.type()).isEqualTo(FrameType.STREAM_OPEN);
        open.release();

        stream.send(Unpooled.wrappedBuffer(new byte[WINDOW + 10_000]));
        assertThat(dataBytesOut()).isEqualTo(WINDOW);
        assertThat(stream.isWritable()).isFalse();

        channel.writeInbound(Messages.credit(channel.alloc(), stream.id(), 4_000));
        assertThat(dataBytesOut()).isEqualTo(4_000);
        channel.writeInbound(Messages.credit(channel.alloc(), stream.id(), 100_000));
        assertThat(dataBytesOut()).isEqualTo(6_000);
        assertThat(stream.isWritable()).isTrue();
        assertThat(client.calls).contains("resume"); // flow told the client side to produce again
    }

    @Test
    void creditIsWithheldWhileTheConsumerIsBackedUp() {
        up();
        channel.writeInbound(Messages.streamOpen(channel.alloc(), 2, new Messages.StreamOpen("f", "svc", List.of("peer"))));
        LinkStream stream = incoming.get(0);
        RecordingEndpoint target = new RecordingEndpoint();
        target.writable = false; // a stalled reader
        Flow flow = new Flow("f", "svc", f -> { });
        flow.attachUpstream(stream);
        stream.attach(flow);
        flow.attachDownstream(target);
        flow.markConnected();

        channel.writeInbound(new Frame(FrameType.DATA, 2, Unpooled.wrappedBuffer(new byte[WINDOW])));
        assertThat(outbound()).as("no CREDIT while the consumer is not writable").isNull();

        target.writable = true;
        flow.onWritable(target);
        Frame credit = outbound();
        assertThat(credit.type()).isEqualTo(FrameType.CREDIT);
        assertThat(credit.content().readInt()).isEqualTo(WINDOW);
        credit.release();
    }

    @Test
    void dataBeyondTheWindowIsAProtocolErrorThatResetsOnlyThatStream() {
        up();
        channel.writeInbound(Messages.streamOpen(channel.alloc(), 2, new Messages.StreamOpen("f", "svc", List.of("peer"))));
        LinkStream stream = incoming.get(0);
        RecordingEndpoint target = new RecordingEndpoint();
        target.writable = false;
        Flow flow = new Flow("f", "svc", f -> { });
        flow.attachUpstream(stream);
        stream.attach(flow);
        flow.attachDownstream(target);

        channel.writeInbound(new Frame(FrameType.DATA, 2, Unpooled.wrappedBuffer(new byte[WINDOW])));
        channel.writeInbound(new Frame(FrameType.DATA, 2, Unpooled.wrappedBuffer(new byte[1])));
        Frame reset = outbound();
        assertThat(reset.type()).isEqualTo(FrameType.RESET);
        assertThat(Messages.readReset(reset.content())).isEqualTo(ResetReason.PROTOCOL_ERROR);
        reset.release();
        assertThat(target.calls).contains("abort:PROTOCOL_ERROR");
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void silentPeerIsDeclaredDeadAndItsStreamsAreReset() throws Exception {
        start(10, 50);
        outbound().release();
        channel.writeInbound(Messages.open(channel.alloc(),
                new Messages.Open(Messages.PROTOCOL_VERSION, "peer", RouterMode.INTERIOR, LinkRole.INTER_ROUTER, 1)));
        RecordingEndpoint client = new RecordingEndpoint();
        Flow flow = new Flow("f", "svc", f -> { });
        flow.attachUpstream(client);
        flow.attachDownstream(session.openStream(flow, new Messages.StreamOpen("f", "svc", List.of()), (s, o) -> { }));
        for (int i = 0; i < 20 && channel.isOpen(); i++) {
            Thread.sleep(10);
            channel.runScheduledPendingTasks();
        }
        assertThat(channel.isOpen()).isFalse();
        assertThat(calls).anyMatch(call -> call.startsWith("down:no hello"));
        assertThat(client.calls).contains("abort:LINK_LOST");
        assertThat(flow.failure()).isEqualTo(ResetReason.LINK_LOST);
    }

    private int dataBytesOut() {
        int total = 0;
        Frame frame;
        while ((frame = outbound()) != null) {
            if (frame.type() == FrameType.DATA) {
                total += frame.content().readableBytes();
            }
            frame.release();
        }
        return total;
    }
}
