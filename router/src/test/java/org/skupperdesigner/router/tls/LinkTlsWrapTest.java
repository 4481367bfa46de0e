package org.skupperdesigner.router.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.ssl.SslHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skupperdesigner.router.bench.BenchPki;

/**
 * A link's TLS handler seals a 64 KiB write as four full records in one buffer (one engine call and one socket
 * write), not one buffer per 16 KiB record, and the peer reads the same bytes back.
 */
class LinkTlsWrapTest {
    private static final int TLS_APPLICATION_DATA = 23;
    private final List<EmbeddedChannel> channels = new ArrayList<>();

    @AfterEach
    void close() {
        channels.forEach(EmbeddedChannel::finishAndReleaseAll);
    }

    @Test
    void aLargeWriteIsSealedAsFullRecordsInOneBuffer() throws Exception {
        BenchPki pki = new BenchPki();
        LinkTls dialler = LinkTls.create(pki.router("west"), null, false);
        LinkTls acceptor = LinkTls.create(pki.router("east"), null, false);
        EmbeddedChannel client = channel(dialler.clientHandler(ByteBufAllocator.DEFAULT, "127.0.0.1", 55671));
        EmbeddedChannel server = channel(acceptor.serverHandler(ByteBufAllocator.DEFAULT));
        handshake(client, server);

        byte[] payload = new byte[LinkTls.WRAP_BYTES];
        new SplittableRandom(3).nextBytes(payload);
        client.writeAndFlush(Unpooled.wrappedBuffer(payload));
        client.runPendingTasks();

        List<ByteBuf> written = drain(client);
        assertThat(written).as("socket writes for one 64 KiB write").hasSize(1);
        assertThat(records(written.get(0))).as("TLS records in it").isEqualTo(4);

        server.writeInbound(written.get(0));
        server.runPendingTasks();
        ByteBuf received = Unpooled.buffer();
        for (ByteBuf piece = server.readInbound(); piece != null; piece = server.readInbound()) {
            received.writeBytes(piece);
            piece.release();
        }
        byte[] bytes = new byte[received.readableBytes()];
        received.readBytes(bytes);
        received.release();
        assertThat(bytes).isEqualTo(payload);
    }

    private EmbeddedChannel channel(SslHandler handler) {
        EmbeddedChannel channel = new EmbeddedChannel(handler);
        channels.add(channel);
        return channel;
    }

    /** Passes each side's output to the other until both handshakes are done (bounded: a stuck one fails). */
    private static void handshake(EmbeddedChannel client, EmbeddedChannel server) {
        SslHandler clientTls = client.pipeline().get(SslHandler.class);
        SslHandler serverTls = server.pipeline().get(SslHandler.class);
        for (int round = 0; round < 50 && !(clientTls.handshakeFuture().isDone()
                && serverTls.handshakeFuture().isDone()); round++) {
            client.runPendingTasks();
            server.runPendingTasks();
            drain(client).forEach(server::writeInbound);
            drain(server).forEach(client::writeInbound);
        }
        assertThat(clientTls.handshakeFuture().isSuccess()).as("client handshake").isTrue();
        assertThat(serverTls.handshakeFuture().isSuccess()).as("server handshake").isTrue();
        // TLS 1.3 session tickets may follow the handshake
        drain(server).forEach(client::writeInbound);
        drain(client).forEach(server::writeInbound);
    }

    private static List<ByteBuf> drain(EmbeddedChannel channel) {
        List<ByteBuf> out = new ArrayList<>();
        for (ByteBuf b = channel.readOutbound(); b != null; b = channel.readOutbound()) {
            out.add(b);
        }
        return out;
    }

    /** Counts the application-data records in {@code buffer} by their 5-byte headers. */
    private static int records(ByteBuf buffer) {
        int count = 0;
        int at = buffer.readerIndex();
        while (at + 5 <= buffer.writerIndex()) {
            assertThat(buffer.getUnsignedByte(at)).as("record type").isEqualTo((short) TLS_APPLICATION_DATA);
            count++;
            at += 5 + buffer.getUnsignedShort(at + 3);
        }
        assertThat(at).as("whole records").isEqualTo(buffer.writerIndex());
        return count;
    }
}
