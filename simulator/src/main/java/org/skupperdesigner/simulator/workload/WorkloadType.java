package org.skupperdesigner.simulator.workload;

import java.util.Arrays;
import java.util.Locale;

/** What answers behind a connector in a simulation. */
public enum WorkloadType {
    /** Writes back every byte it reads, then closes when the client does (byte-exact checks). */
    ECHO("echo"),
    /** HTTP/1.1 server answering like Skupper's hello-world backend: its site and connector name. */
    HTTP_HELLO("http-hello"),
    /** Reads and discards everything; closes when the client does. */
    SINK("sink"),
    /** Writes {@code responseSize} bytes of a known pattern on connect; closes after the client half-closes. */
    SOURCE("source"),
    /** A real server the user names ({@code target: host:port}); the simulator starts nothing. */
    EXTERNAL("external");

    private final String id;

    WorkloadType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The type for an id such as {@code http-hello}, or null. */
    public static WorkloadType ofId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst().orElse(null);
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(WorkloadType::id).toList());
    }
}
