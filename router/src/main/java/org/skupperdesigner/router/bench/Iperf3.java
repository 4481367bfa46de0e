package org.skupperdesigner.router.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * iperf3, the issue's own throughput tool: one server for the whole section, and a client run per sample whose
 * JSON report gives the bits per second the receiver counted.
 */
final class Iperf3 implements AutoCloseable {
    private static final Pattern SUM_RECEIVED = Pattern.compile("\"sum_received\"\\s*:\\s*\\{([^}]*)}");
    private static final Pattern BITS_PER_SECOND = Pattern.compile("\"bits_per_second\"\\s*:\\s*([0-9.eE+-]+)");
    private static final int BUSY_ATTEMPTS = 10;
    private static final Pattern ERROR = Pattern.compile("\"error\"\\s*:\\s*\"([^\"]*)\"");

    private final Path program;
    private final Process server;
    private final int port;

    private Iperf3(Path program, Process server, int port) {
        this.program = program;
        this.server = server;
        this.port = port;
    }

    /**
     * Starts {@code iperf3 -s} on a free loopback port, its output in {@code workDir}, and waits until it accepts
     * connections.
     */
    static Iperf3 startServer(Path program, Path workDir) throws IOException, InterruptedException {
        int port = ReferenceProcesses.freePort();
        Path log = workDir.resolve("iperf3-server.log");
        Process server = ReferenceProcesses.startLogged(List.of(program.toString(), "-s", "-B", "127.0.0.1",
                "-p", String.valueOf(port)), "iperf3 server", log);
        try {
            ReferenceProcesses.awaitListening(server, "iperf3 server", port, log);
        } catch (IOException | RuntimeException e) {
            server.destroyForcibly();
            throw e;
        }
        return new Iperf3(program, server, port);
    }

    int port() {
        return port;
    }

    /**
     * Sends to {@code targetPort} (the server itself or a relay in front of it) for {@code seconds} after
     * {@code omitSeconds} of warm-up, with {@code streams} parallel connections.
     *
     * @return bytes per second counted by the receiver
     */
    double bytesPerSecond(int targetPort, int streams, int seconds, int omitSeconds)
            throws IOException, InterruptedException {
        return retryWhileBusy(() -> runClient(targetPort, streams, seconds, omitSeconds), 200);
    }

    /** One client run, which may fail. */
    interface ClientRun {
        double run() throws IOException, InterruptedException;
    }

    /**
     * Runs {@code run}, again after {@code pauseMillis} while the server says it is busy (it takes one test at a time
     * and may still be closing the previous one), up to 10 times; any other failure at once.
     */
    static double retryWhileBusy(ClientRun run, long pauseMillis) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return run.run();
            } catch (IOException e) {
                if (attempt == BUSY_ATTEMPTS || !String.valueOf(e.getMessage()).contains("busy")) {
                    throw e;
                }
                Thread.sleep(pauseMillis);
            }
        }
    }

    private double runClient(int targetPort, int streams, int seconds, int omitSeconds)
            throws IOException, InterruptedException {
        List<String> command = List.of(program.toString(), "-c", "127.0.0.1", "-p", String.valueOf(targetPort),
                "-t", String.valueOf(seconds), "-O", String.valueOf(omitSeconds), "-P", String.valueOf(streams),
                "--connect-timeout", "5000", "-J");
        Process client = ReferenceProcesses.start(command, "iperf3 client");
        byte[] out = client.getInputStream().readAllBytes();
        if (!client.waitFor(seconds + omitSeconds + 30L, TimeUnit.SECONDS)) {
            client.destroyForcibly();
            throw new IOException("iperf3 client to port " + targetPort + " did not finish");
        }
        return receivedBitsPerSecond(new String(out, StandardCharsets.UTF_8), targetPort) / 8;
    }

    /** The receiver's total rate from an {@code iperf3 -J} report; its error as an exception. */
    static double receivedBitsPerSecond(String json, int targetPort) throws IOException {
        Matcher error = ERROR.matcher(json);
        if (error.find()) {
            throw new IOException("iperf3 to port " + targetPort + ": " + error.group(1));
        }
        Matcher sum = SUM_RECEIVED.matcher(json);
        if (sum.find()) {
            Matcher bits = BITS_PER_SECOND.matcher(sum.group(1));
            if (bits.find()) {
                return Double.parseDouble(bits.group(1));
            }
        }
        throw new IOException("iperf3 to port " + targetPort + " reported no received total (not an iperf3 -J "
                + "report?)");
    }

    @Override
    public void close() {
        ReferenceProcesses.stop(server);
    }
}
