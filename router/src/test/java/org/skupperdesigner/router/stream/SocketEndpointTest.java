package org.skupperdesigner.router.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skupperdesigner.router.observe.TrafficCounters;
import org.skupperdesigner.router.testing.RecordingEndpoint;
import org.skupperdesigner.router.wire.ResetReason;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SocketEndpointTest {
    private final List<Flow> finished = new ArrayList<>();
    private final Flow flow = new Flow("f", "svc", finished::add);
    private final RecordingEndpoint far = new RecordingEndpoint();
    private final TrafficCounters counters = new TrafficCounters();

    private EmbeddedChannel client() {
        SocketEndpoint endpoint = new SocketEndpoint(flow, counters);
        EmbeddedChannel channel = new EmbeddedChannel(endpoint);
        flow.attachUpstream(endpoint);
        return channel;
    }

    @Test
    void bytesAndHalfCloseArrivingBeforeTheFlowIsConnectedAreHeldInOrder() {
        EmbeddedChannel channel = client();
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {1, 2}));
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {3}));
        channel.pipeline().fireUserEventTriggered(ChannelInputShutdownEvent.INSTANCE);
        assertThat(far.received.size()).isZero();

        flow.attachDownstream(far);
        flow.markConnected();
        flow.upstream().resumeInput();

        assertThat(far.received.toByteArray()).containsExactly(1, 2, 3);
        assertThat(far.calls).containsExactly("end");
        assertThat(counters.snapshot().bytesIn()).isEqualTo(3);
        channel.finishAndReleaseAll();
    }

    @Test
    void backedUpConsumerPausesReading() {
        EmbeddedChannel channel = client();
        flow.attachDownstream(far);
        flow.markConnected();
        flow.upstream().resumeInput();
        assertThat(channel.config().isAutoRead()).isTrue();
        far.writable = false;
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {9}));
        assertThat(channel.config().isAutoRead()).isFalse();
        far.writable = true;
        flow.onWritable(far);
        assertThat(channel.config().isAutoRead()).isTrue();
        channel.finishAndReleaseAll();
    }

    @Test
    void abruptCloseResetsTheOtherSideAndFinishesTheFlow() {
        EmbeddedChannel channel = client();
        flow.attachDownstream(far);
        flow.markConnected();
        flow.upstream().resumeInput();
        channel.close();
        assertThat(far.calls).contains("abort:ABORTED");
        flow.onClosed(far);
        assertThat(finished).containsExactly(flow);
        assertThat(flow.failure()).isEqualTo(ResetReason.ABORTED);
    }

    @Test
    void dataSentAfterAbortIsReleased() {
        EmbeddedChannel channel = client();
        flow.upstream().abort(ResetReason.LINK_LOST);
        ByteBuf late = Unpooled.directBuffer(4).writeInt(1);
        flow.upstream().send(late);
        assertThat(late.refCnt()).isZero();
        assertThat(channel.isOpen()).isFalse();
    }
}
