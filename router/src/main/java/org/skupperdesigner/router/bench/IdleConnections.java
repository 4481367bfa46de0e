package org.skupperdesigner.router.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.skupperdesigner.router.ChannelTypes;

/**
 * B6: memory per idle proxied connection. Each connection through two routers needs four sockets, more
 * than one process may hold for 10,000 connections, so the echo server and each router run in their own
 * JVM ({@link BenchNode}) and the bench holds the clients. Every client sends one byte and waits for its
 * echo (so the flow is connected end to end), then stays idle. Each router reports its heap after full GCs
 * plus its direct memory before and after; the figure is the sum of both routers' growth per connection.
 */
final class IdleConnections {
    /** Result: bytes per connection (both routers), and the connection count actually used. */
    record Result(double bytesPerConnection, int connections, long heapGrowth, long directGrowth, String note) {
    }

    private IdleConnections() {
    }

    static Result measure(int wanted, boolean tls, EventLoopGroup clients) throws Exception {
        int connections = Math.min(wanted, descriptorBudget());
        String note = connections < wanted
                ? "file descriptor limit allows " + connections + " of " + wanted + " connections" : "";
        Path dir = Files.createTempDirectory("skupper-bench-pki");
        List<Node> nodes = new ArrayList<>();
        List<Channel> open = new ArrayList<>();
        try {
            if (tls) {
                BenchPki pki = new BenchPki();
                BenchPki.write(pki.router("r1"), dir, "r1");
                BenchPki.write(pki.router("r2"), dir, "r2");
            }
            String pkiArg = tls ? dir.toString() : "plain";
            Node server = Node.start("server");
            nodes.add(server);
            Node r2 = Node.start("router", pkiArg, "r2", String.valueOf(server.port), "-");
            nodes.add(r2);
            Node r1 = Node.start("router", pkiArg, "r1", "-", String.valueOf(r2.port));
            nodes.add(r1);
            openConnections(clients, r1.port, 50, open); // warm the pools and code paths
            closeAll(open);
            Thread.sleep(500);
            long[] before1 = r1.memory();
            long[] before2 = r2.memory();
            openConnections(clients, r1.port, connections, open);
            long[] after1 = r1.memory();
            long[] after2 = r2.memory();
            long heap = (after1[0] - before1[0]) + (after2[0] - before2[0]);
            long direct = (after1[1] - before1[1]) + (after2[1] - before2[1]);
            return new Result((double) (heap + direct) / connections, connections, heap, direct, note);
        } finally {
            closeAll(open);
            for (Node node : nodes) {
                node.close();
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Connections the bench can hold: every process holds at most one side of each connection's sockets. */
    private static int descriptorBudget() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            long max = unix.getMaxFileDescriptorCount();
            return (int) Math.max(100, Math.min(Integer.MAX_VALUE, max - unix.getOpenFileDescriptorCount() - 300));
        }
        return Integer.MAX_VALUE;
    }

    private static void openConnections(EventLoopGroup clients, int port, int count, List<Channel> open)
            throws Exception {
        Bootstrap bootstrap = new Bootstrap().group(clients).channel(ChannelTypes.forGroup(clients).socket())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000);
        int batch = 200;
        for (int done = 0; done < count; done += batch) {
            List<CompletableFuture<Void>> echoed = new ArrayList<>();
            for (int i = done; i < Math.min(count, done + batch); i++) {
                CompletableFuture<Void> result = new CompletableFuture<>();
                echoed.add(result);
                Channel channel = bootstrap.clone().handler(new OneByte(result)).connect("127.0.0.1", port)
                        .addListener(f -> {
                            if (!f.isSuccess()) {
                                result.completeExceptionally(f.cause());
                            }
                        }).channel();
                open.add(channel);
            }
            CompletableFuture.allOf(echoed.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }
    }

    private static void closeAll(List<Channel> open) {
        for (Channel channel : open) {
            channel.close();
        }
        for (Channel channel : open) {
            channel.closeFuture().awaitUninterruptibly(5_000);
        }
        open.clear();
    }

    private static final class OneByte extends ChannelInboundHandlerAdapter {
        private final CompletableFuture<Void> echoed;

        OneByte(CompletableFuture<Void> echoed) {
            this.echoed = echoed;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {42}));
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ((ByteBuf) msg).release();
            echoed.complete(null);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            echoed.completeExceptionally(new IllegalStateException("closed before the echo"));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    /** A {@link BenchNode} child process. */
    private static final class Node implements AutoCloseable {
        private final Process process;
        private final BufferedReader out;
        private final Writer in;
        private final int port;

        private Node(Process process) throws IOException {
            this.process = process;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            this.port = Integer.parseInt(expect("READY"));
        }

        static Node start(String... args) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xms64m");
            command.add("-Xmx1g");
            command.add("-XX:+UseSerialGC"); // a small, exact heap figure after System.gc()
            command.add("-Dio.netty.leakDetection.level=disabled");
            command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(BenchNode.class.getName());
            command.addAll(List.of(args));
            return new Node(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }

        long[] memory() throws IOException {
            in.write("mem\n");
            in.flush();
            String[] parts = expect("MEM").split(" ");
            return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
        }

        private String expect(String prefix) throws IOException {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(prefix + " ")) {
                    return line.substring(prefix.length() + 1);
                }
            }
            throw new IOException("bench node exited before " + prefix);
        }

        @Override
        public void close() {
            try {
                in.write("quit\n");
                in.flush();
            } catch (IOException ignored) {
                // already gone
            }
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
