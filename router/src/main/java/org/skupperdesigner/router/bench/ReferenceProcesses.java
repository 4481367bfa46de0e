package org.skupperdesigner.router.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starting, awaiting and stopping the reference programs (iperf3, haproxy) as child processes. */
final class ReferenceProcesses {
    private static final long READY_TIMEOUT_MILLIS = 10_000;

    private ReferenceProcesses() {
    }

    /** Starts {@code command} for its output, which the caller reads (a client run). */
    static Process start(List<String> command, String what) throws IOException {
        return start(new ProcessBuilder(command).redirectErrorStream(true), what);
    }

    /**
     * Starts a long-running {@code command} (a server) with its output in {@code log}: nobody reads it while it
     * runs, and a pipe left unread would stop the program once full.
     */
    static Process startLogged(List<String> command, String what, Path log) throws IOException {
        return start(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()), what);
    }

    private static Process start(ProcessBuilder builder, String what) throws IOException {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IOException("cannot start the " + what + " (" + builder.command().get(0) + "): "
                    + e.getMessage(), e);
        }
    }

    /** A loopback port free at this moment (the reference programs cannot bind port 0 and report it). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Waits until {@code port} accepts a connection, or fails (quoting {@code log}) when the process ends or
     * 10 s pass.
     */
    static void awaitListening(Process process, String what, int port, Path log)
            throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                String output = Files.readString(log, StandardCharsets.UTF_8).trim();
                throw new IOException("the " + what + " exited with status " + process.exitValue()
                        + (output.isEmpty() ? "" : ": " + output));
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        throw new IOException("the " + what + " did not listen on 127.0.0.1:" + port + " within "
                + READY_TIMEOUT_MILLIS / 1000 + " s");
    }

    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
