package org.skupperdesigner.router.bench;

import io.netty.channel.EventLoopGroup;
import io.netty.util.internal.PlatformDependent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.skupperdesigner.router.RouterEventLoops;
import org.skupperdesigner.router.RouterOptions;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.config.LinkAcceptorConfig;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.OutgoingLinkConfig;
import org.skupperdesigner.router.config.RouterConfig;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.config.TcpConnectorConfig;
import org.skupperdesigner.router.config.TcpListenerConfig;
import org.skupperdesigner.router.config.TlsMaterial;

/**
 * One process of the idle-connection measurement (B6), which needs more file descriptors than one process
 * may hold: an echo server, or one router. Talks to the bench on stdin/stdout, one line per command:
 * it prints {@code READY <port>} once up, answers {@code mem} with {@code MEM <heapBytes> <directBytes>}
 * measured after full GCs, and exits on {@code quit} or end of input.
 */
public final class BenchNode {
    private BenchNode() {
    }

    /**
     * {@code server} | {@code router <pkiDir|plain> <id> <connectorTargetPort|-> <dialLinkPort|->}.
     */
    public static void main(String[] args) throws Exception {
        EventLoopGroup group = RouterEventLoops.newGroup(1);
        AutoCloseable running;
        int port;
        if (args[0].equals("server")) {
            WorkloadServer server = new WorkloadServer(group, WorkloadServer.Mode.ECHO);
            running = server;
            port = server.port();
        } else {
            boolean tls = !args[1].equals("plain");
            String id = args[2];
            TlsMaterial material = tls ? BenchPki.read(Path.of(args[1]), id) : null;
            RouterRuntime router = RouterRuntime.start(RouterConfig.of(id, RouterMode.INTERIOR, material)
                    .withLinkAcceptors(List.of(
                            new LinkAcceptorConfig("inter-router", LinkRole.INTER_ROUTER, "127.0.0.1", 0))),
                    RouterOptions.defaults().withEventLoopGroup(group).withPlainTcpLinks(!tls));
            running = router;
            if (!args[3].equals("-")) {
                router.addConnector(new TcpConnectorConfig("workload", BenchNetwork.KEY, "127.0.0.1",
                        Integer.parseInt(args[3])));
                port = router.linkAcceptorPort("inter-router");
            } else {
                router.addOutgoingLink(new OutgoingLinkConfig("to-peer", "127.0.0.1", Integer.parseInt(args[4]),
                        LinkRole.INTER_ROUTER, 1));
                port = router.addListener(new TcpListenerConfig("workload", BenchNetwork.KEY, "127.0.0.1", 0));
                BenchNetwork.await("listener open", Duration.ofSeconds(30), () -> router.isListenerOpen("workload"));
            }
        }
        System.out.println("READY " + port);
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null && !line.equals("quit")) {
            if (line.equals("mem")) {
                long[] memory = memory();
                System.out.println("MEM " + memory[0] + " " + memory[1]);
                System.out.flush();
            }
        }
        running.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(5, TimeUnit.SECONDS);
        System.exit(0);
    }

    /** Heap in use after full GCs, and direct memory in use (Netty's own counter plus JDK direct buffers). */
    static long[] memory() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long direct = Math.max(0, PlatformDependent.usedDirectMemory());
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                direct += pool.getMemoryUsed();
            }
        }
        return new long[] {heap, direct};
    }
}
