package org.skupperdesigner.router.link;

/** Handler names, in one place, for every pipeline the router builds. */
public final class PipelineNames {
    public static final String TLS = "tls";
    public static final String FRAME_DECODER = "frame-decoder";
    public static final String FRAME_ENCODER = "frame-encoder";
    public static final String LINK_SESSION = "link-session";
    public static final String SOCKET_ENDPOINT = "socket-endpoint";

    private PipelineNames() {
    }
}
