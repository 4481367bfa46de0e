package org.skupperdesigner.router.wire;

/** Frame type codes; see docs/router-protocol.md. Link-level frames use stream 0. */
public final class FrameType {
    public static final byte OPEN = 0x01;
    public static final byte HELLO = 0x02;
    public static final byte LINK_STATE = 0x03;
    public static final byte EDGE_UPLINK = 0x04;
    public static final byte EDGE_REACHABLE = 0x05;
    public static final byte CLOSE = 0x06;

    public static final byte STREAM_OPEN = 0x10;
    public static final byte STREAM_OPENED = 0x11;
    public static final byte DATA = 0x12;
    public static final byte CREDIT = 0x13;
    public static final byte END = 0x14;
    public static final byte RESET = 0x15;
    /** The sender has data for the stream but no credit: the receiver may grow its window. */
    public static final byte BLOCKED = 0x16;

    private FrameType() {
    }

    public static String name(byte type) {
        return switch (type) {
            case OPEN -> "OPEN";
            case HELLO -> "HELLO";
            case LINK_STATE -> "LINK_STATE";
            case EDGE_UPLINK -> "EDGE_UPLINK";
            case EDGE_REACHABLE -> "EDGE_REACHABLE";
            case CLOSE -> "CLOSE";
            case STREAM_OPEN -> "STREAM_OPEN";
            case STREAM_OPENED -> "STREAM_OPENED";
            case DATA -> "DATA";
            case CREDIT -> "CREDIT";
            case END -> "END";
            case RESET -> "RESET";
            case BLOCKED -> "BLOCKED";
            default -> "UNKNOWN(" + type + ")";
        };
    }
}
