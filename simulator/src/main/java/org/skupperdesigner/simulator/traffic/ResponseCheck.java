package org.skupperdesigner.simulator.traffic;

/**
 * What a TCP client can check of the answer, given the workloads behind the listener's routing key: echo
 * answers must equal the request byte for byte, source answers must be the source pattern of a known size,
 * sinks answer nothing. With mixed or external workloads nothing is checked beyond a clean close.
 *
 * @param kind       the check
 * @param sourceSize expected size for {@link Kind#SOURCE}
 */
public record ResponseCheck(Kind kind, long sourceSize) {
    public static final ResponseCheck ECHO = new ResponseCheck(Kind.ECHO, 0);
    public static final ResponseCheck EMPTY = new ResponseCheck(Kind.EMPTY, 0);
    public static final ResponseCheck NONE = new ResponseCheck(Kind.NONE, 0);

    /** Kinds of check. */
    public enum Kind { ECHO, SOURCE, EMPTY, HTTP_HELLO, NONE }

    public static ResponseCheck source(long size) {
        return new ResponseCheck(Kind.SOURCE, size);
    }

    public static final ResponseCheck HTTP_HELLO = new ResponseCheck(Kind.HTTP_HELLO, 0);
}
