package org.skupperdesigner.router.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.routing.LinkStateAdvert;

/** Payload layouts of the control frames; the only place that knows them (docs/router-protocol.md). */
public final class Messages {
    public static final int PROTOCOL_VERSION = 1;

    private Messages() {
    }

    /** First frame on a link, both directions. */
    public record Open(int version, String routerId, RouterMode mode, LinkRole role, int cost) {
    }

    public record StreamOpen(String flowId, String routingKey, List<String> visited) {
    }

    public record StreamOpened(String connectorRouter, String connectorName, List<String> path) {
    }

    public record EdgeUplink(boolean active, Map<String, Integer> connectorCounts) {
    }

    private static Frame frame(byte type, int streamId, WireStrings.Writer writer) {
        return new Frame(type, streamId, Unpooled.wrappedBuffer(writer.bytes()));
    }

    public static Frame open(ByteBufAllocator alloc, Open open) {
        return frame(FrameType.OPEN, 0, new WireStrings.Writer().u8(open.version()).string(open.routerId())
                .u8(open.mode().ordinal()).u8(open.role().ordinal()).i32(open.cost()));
    }

    public static Open readOpen(ByteBuf buf) {
        WireStrings.Reader in = new WireStrings.Reader(buf);
        int version = in.u8();
        String routerId = in.string();
        RouterMode mode = RouterMode.values()[in.u8() % RouterMode.values().length];
        LinkRole role = LinkRole.values()[in.u8() % LinkRole.values().length];
        return new Open(version, routerId, mode, role, in.i32());
    }

    /** Encoded once per advert and shared by every neighbour it is flooded to. */
    public static byte[] linkStatePayload(LinkStateAdvert advert) {
        return new WireStrings.Writer().string(advert.origin()).i64(advert.sequence())
                .counts(advert.neighbourCosts()).counts(advert.connectorCounts()).bytes();
    }

    public static Frame linkState(byte[] payload) {
        return new Frame(FrameType.LINK_STATE, 0, Unpooled.wrappedBuffer(payload));
    }

    public static Frame linkState(ByteBufAllocator alloc, LinkStateAdvert advert) {
        return linkState(linkStatePayload(advert));
    }

    public static LinkStateAdvert readLinkState(ByteBuf buf) {
        WireStrings.Reader in = new WireStrings.Reader(buf);
        String origin = in.string();
        long sequence = in.i64();
        return new LinkStateAdvert(origin, sequence, in.counts(), in.counts());
    }

    public static Frame edgeUplink(ByteBufAllocator alloc, EdgeUplink uplink) {
        return frame(FrameType.EDGE_UPLINK, 0, new WireStrings.Writer().u8(uplink.active() ? 1 : 0)
                .counts(uplink.connectorCounts()));
    }

    public static EdgeUplink readEdgeUplink(ByteBuf buf) {
        WireStrings.Reader in = new WireStrings.Reader(buf);
        boolean active = in.bool();
        return new EdgeUplink(active, in.counts());
    }

    public static Frame edgeReachable(ByteBufAllocator alloc, Set<String> keys) {
        return frame(FrameType.EDGE_REACHABLE, 0, new WireStrings.Writer().list(List.copyOf(keys)));
    }

    public static Set<String> readEdgeReachable(ByteBuf buf) {
        return Set.copyOf(new WireStrings.Reader(buf).list());
    }

    public static Frame close(ByteBufAllocator alloc, String reason) {
        return frame(FrameType.CLOSE, 0, new WireStrings.Writer().string(reason));
    }

    public static String readClose(ByteBuf buf) {
        return new WireStrings.Reader(buf).string();
    }

    public static Frame streamOpen(ByteBufAllocator alloc, int streamId, StreamOpen open) {
        return frame(FrameType.STREAM_OPEN, streamId, new WireStrings.Writer().string(open.flowId())
                .string(open.routingKey()).list(open.visited()));
    }

    public static StreamOpen readStreamOpen(ByteBuf buf) {
        WireStrings.Reader in = new WireStrings.Reader(buf);
        return new StreamOpen(in.string(), in.string(), in.list());
    }

    public static Frame streamOpened(ByteBufAllocator alloc, int streamId, StreamOpened opened) {
        return frame(FrameType.STREAM_OPENED, streamId, new WireStrings.Writer().string(opened.connectorRouter())
                .string(opened.connectorName()).list(opened.path()));
    }

    public static StreamOpened readStreamOpened(ByteBuf buf) {
        WireStrings.Reader in = new WireStrings.Reader(buf);
        return new StreamOpened(in.string(), in.string(), in.list());
    }

    /** The most frequent control frame: a pooled 4-byte payload, no intermediate array (JMH: FramingBenchmark). */
    public static Frame credit(ByteBufAllocator alloc, int streamId, int bytes) {
        return new Frame(FrameType.CREDIT, streamId, alloc.ioBuffer(4, 4).writeInt(bytes));
    }

    public static int readCredit(ByteBuf buf) {
        return new WireStrings.Reader(buf).i32();
    }

    public static Frame reset(ByteBufAllocator alloc, int streamId, ResetReason reason) {
        return new Frame(FrameType.RESET, streamId, alloc.ioBuffer(1, 1).writeByte(reason.code()));
    }

    public static ResetReason readReset(ByteBuf buf) {
        WireStrings.Reader in = new WireStrings.Reader(buf);
        return in.hasMore() ? ResetReason.fromCode(in.u8()) : ResetReason.ABORTED;
    }
}
