package org.skupperdesigner.router.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.routing.LinkStateAdvert;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FrameCodecTest {
    @Test
    void framesSurviveEncodingAndArbitrarySplitting() {
        EmbeddedChannel encoder = new EmbeddedChannel(new FrameEncoder());
        byte[] data = new byte[5000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        encoder.writeOutbound(new Frame(FrameType.DATA, 7, Unpooled.wrappedBuffer(data)));
        encoder.writeOutbound(Messages.credit(encoder.alloc(), 7, 1234));
        encoder.writeOutbound(Messages.linkState(encoder.alloc(),
                new LinkStateAdvert("r1", 42, Map.of("r2", 3), Map.of("svc", 2))));
        CompositeByteBuf wire = Unpooled.compositeBuffer();
        ByteBuf piece;
        while ((piece = encoder.readOutbound()) != null) {
            wire.addComponent(true, piece);
        }

        EmbeddedChannel decoder = new EmbeddedChannel(new FrameDecoder());
        while (wire.isReadable()) { // feed 333 bytes at a time
            decoder.writeInbound(wire.readRetainedSlice(Math.min(333, wire.readableBytes())));
        }
        wire.release();

        // DATA is cut through: its payload may arrive as several DATA frames of the same stream
        ByteBuf back = Unpooled.buffer();
        Frame next = decoder.readInbound();
        while (next.type() == FrameType.DATA) {
            assertThat(next.streamId()).isEqualTo(7);
            back.writeBytes(next.content());
            next.release();
            next = decoder.readInbound();
        }
        byte[] bytes = new byte[back.readableBytes()];
        back.readBytes(bytes);
        back.release();
        assertThat(bytes).isEqualTo(data);

        Frame credit = next;
        assertThat(credit.content().readInt()).isEqualTo(1234);
        credit.release();

        Frame state = decoder.readInbound();
        assertThat(Messages.readLinkState(state.content()))
                .isEqualTo(new LinkStateAdvert("r1", 42, Map.of("r2", 3), Map.of("svc", 2)));
        state.release();
        assertThat(decoder.finish()).isFalse();
        assertThat(encoder.finish()).isFalse();
    }

    @Test
    void controlMessagesRoundTrip() {
        EmbeddedChannel channel = new EmbeddedChannel();
        Frame open = Messages.open(channel.alloc(),
                new Messages.Open(1, "edge-1", RouterMode.EDGE, LinkRole.EDGE, 4));
        assertThat(Messages.readOpen(open.content()))
                .isEqualTo(new Messages.Open(1, "edge-1", RouterMode.EDGE, LinkRole.EDGE, 4));
        open.release();
        Frame streamOpen = Messages.streamOpen(channel.alloc(), 3,
                new Messages.StreamOpen("a:1", "svc", List.of("a", "b")));
        assertThat(Messages.readStreamOpen(streamOpen.content()))
                .isEqualTo(new Messages.StreamOpen("a:1", "svc", List.of("a", "b")));
        streamOpen.release();
        Frame reset = Messages.reset(channel.alloc(), 3, ResetReason.TARGET_REFUSED);
        assertThat(Messages.readReset(reset.content())).isEqualTo(ResetReason.TARGET_REFUSED);
        reset.release();
        channel.finishAndReleaseAll();
    }

    @Test
    void aDataPayloadIsHandedOnBeforeItsFrameIsComplete() {
        EmbeddedChannel decoder = new EmbeddedChannel(new FrameDecoder());
        ByteBuf header = Unpooled.buffer().writeInt(Frame.HEADER_AFTER_LENGTH + 65_536).writeByte(FrameType.DATA)
                .writeInt(5);
        decoder.writeInbound(header);
        assertThat((Object) decoder.readInbound()).isNull();
        decoder.writeInbound(Unpooled.wrappedBuffer(new byte[100])); // too small a piece: held
        assertThat((Object) decoder.readInbound()).isNull();
        decoder.writeInbound(Unpooled.wrappedBuffer(new byte[FrameDecoder.MIN_DATA_PIECE]));
        Frame piece = decoder.readInbound();
        assertThat(piece.streamId()).isEqualTo(5);
        assertThat(piece.content().readableBytes()).isEqualTo(100 + FrameDecoder.MIN_DATA_PIECE);
        piece.release();
        decoder.writeInbound(Unpooled.wrappedBuffer(new byte[65_536 - 100 - FrameDecoder.MIN_DATA_PIECE + 5]));
        Frame rest = decoder.readInbound();
        assertThat(rest.content().readableBytes()).isEqualTo(65_536 - 100 - FrameDecoder.MIN_DATA_PIECE);
        rest.release();
        assertThat(decoder.finishAndReleaseAll()).isFalse(); // the 5 bytes left are an incomplete header
    }

    @Test
    void absurdLengthIsRejected() {
        EmbeddedChannel decoder = new EmbeddedChannel(new FrameDecoder());
        ByteBuf bad = Unpooled.buffer().writeInt(Integer.MAX_VALUE).writeByte(FrameType.DATA).writeInt(1);
        assertThatThrownBy(() -> decoder.writeInbound(bad)).isInstanceOf(DecoderException.class);
        decoder.finishAndReleaseAll();
    }
}
