package org.skupperdesigner.router.wire;

/** Why a stream was reset; carried in RESET frames so the ingress can record the flow outcome. */
public enum ResetReason {
    /** Client, target or an intermediate router aborted the connection. */
    ABORTED(1),
    /** The connector's target refused (or could not be reached). */
    TARGET_REFUSED(2),
    /** No reachable connector for the key at some router on the path. */
    NO_ROUTE(3),
    /** A link the stream crossed went down. */
    LINK_LOST(4),
    /** The peer broke the protocol (for example exceeded its credit). */
    PROTOCOL_ERROR(5),
    /** The router is shutting down or the connector/listener was removed. */
    SHUTDOWN(6);

    private final int code;

    ResetReason(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ResetReason fromCode(int code) {
        for (ResetReason reason : values()) {
            if (reason.code == code) {
                return reason;
            }
        }
        return ABORTED;
    }
}
