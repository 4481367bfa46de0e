package org.skupperdesigner.simulator.net;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Loopback ports for things that must keep their port across a stop and a start (listeners, workloads). They
 * are taken below the kernel's ephemeral range: a port in that range, once released, can be handed to any
 * outgoing connection as its local port (of the simulation or of anything else on the machine), and then
 * nothing can listen on it again. Never the same port twice per instance.
 */
public final class LoopbackPorts {
    private static final int TRIES = 200;
    private static final int LOWEST = 10_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int EPHEMERAL_START = ephemeralStart();

    private final Set<Integer> given = new HashSet<>();

    /** A port that was free a moment ago, for a server that binds it later. */
    public synchronized int allocate() {
        for (int i = 0; i < TRIES; i++) {
            int candidate = candidate();
            try (ServerSocket probe = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                int port = probe.getLocalPort();
                if (given.add(port)) {
                    return port;
                }
            } catch (IOException taken) {
                // in use: try another
            }
        }
        throw new IllegalStateException("no free loopback port after " + TRIES + " tries");
    }

    /** A random port below the ephemeral range (0, meaning any, where that range leaves no room). */
    public static int candidate() {
        return EPHEMERAL_START - LOWEST > 1000 ? ThreadLocalRandom.current().nextInt(LOWEST, EPHEMERAL_START) : 0;
    }

    /** How many random candidates to try before giving up. */
    public static int tries() {
        return TRIES;
    }

    /** First port of the kernel's ephemeral range (Linux), or the IANA one (49152) elsewhere. */
    private static int ephemeralStart() {
        // procfs files claim size 0: read them as a stream, not by size
        try (BufferedReader in = Files.newBufferedReader(EPHEMERAL_RANGE)) {
            String[] range = in.readLine().trim().split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException e) {
            return 49_152;
        }
    }
}
