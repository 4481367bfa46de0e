package org.skupperdesigner.simulator.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skupperdesigner.router.RouterEventLoops;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.traffic.OneShotClient;
import org.skupperdesigner.simulator.traffic.Protocol;
import org.skupperdesigner.simulator.traffic.ResponseCheck;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class WorkloadsTest {
    private final EventLoopGroup group = RouterEventLoops.newGroup(1);
    private final Workloads workloads = new Workloads(group);

    @AfterEach
    void close() {
        workloads.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private OneShotClient.Result send(Workload w, Protocol protocol, long size, long responseSize, ResponseCheck check)
            throws Exception {
        return OneShotClient.send(group, new InetSocketAddress(w.host(), w.port()), protocol, size, responseSize,
                check, Duration.ofSeconds(5), 7).get(10, TimeUnit.SECONDS);
    }

    @Test
    void echoReturnsEveryByteInOrder() throws Exception {
        Workload echo = workloads.start("east", "backend", WorkloadSpec.DEFAULT).get(0);

        OneShotClient.Result result = send(echo, Protocol.TCP, 300_000, 0, ResponseCheck.ECHO);

        assertThat(result.outcome()).isEqualTo(RequestOutcome.OK);
        assertThat(result.wireBytesReceived()).isEqualTo(300_000);
        assertThat(echo.stats().accepted()).isEqualTo(1);
    }

    @Test
    void aRestartWaitsBrieflyForItsPortToBeReleased() throws Exception {
        Workload echo = workloads.start("east", "backend", WorkloadSpec.DEFAULT).get(0);
        int port = echo.port();
        echo.stop();
        // stands for the stopped server socket that NIO has not really closed yet (and the holder itself may have
        // to wait for it: it is what this test is about)
        ServerSocket stillOpen = holdPort(port);
        CompletableFuture.runAsync(() -> closeQuietly(stillOpen),
                CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));

        echo.start();

        assertThat(echo.isRunning()).isTrue();
        assertThat(echo.port()).as("the connector keeps pointing at it").isEqualTo(port);
        assertThat(send(echo, Protocol.TCP, 1000, 0, ResponseCheck.ECHO).outcome()).isEqualTo(RequestOutcome.OK);
    }

    private static ServerSocket holdPort(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            ServerSocket socket = new ServerSocket();
            try {
                socket.bind(new InetSocketAddress(BuiltInWorkload.HOST, port));
                return socket;
            } catch (java.net.BindException stillBound) {
                socket.close();
                if (System.nanoTime() > deadline) {
                    throw stillBound;
                }
                Thread.sleep(10);
            }
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void httpHelloNamesItsSiteAndConnectorAndPadsToTheAskedSize() throws Exception {
        Workload hello = workloads.start("east", "backend",
                WorkloadSpec.DEFAULT.withType(WorkloadType.HTTP_HELLO)).get(0);

        OneShotClient.Result result = send(hello, Protocol.HTTP, 100, 2048, ResponseCheck.HTTP_HELLO);

        assertThat(result.outcome()).isEqualTo(RequestOutcome.OK);
        assertThat(result.servedBy()).isEqualTo("east/backend");
    }

    @Test
    void sourceWritesItsPatternAndSinkAnswersNothing() throws Exception {
        Workload source = workloads.start("a", "src", new WorkloadSpec(WorkloadType.SOURCE, null, 0, Duration.ZERO, 0,
                1, 50_000)).get(0);
        Workload sink = workloads.start("a", "sink", WorkloadSpec.DEFAULT.withType(WorkloadType.SINK)).get(0);

        assertThat(send(source, Protocol.TCP, 10, 0, ResponseCheck.source(50_000)).outcome())
                .isEqualTo(RequestOutcome.OK);
        assertThat(send(sink, Protocol.TCP, 10_000, 0, ResponseCheck.EMPTY).outcome()).isEqualTo(RequestOutcome.OK);
    }

    @Test
    void injectedFailuresAreResetsForTcpAnd500ForHttp() throws Exception {
        Workload echo = workloads.start("a", "echo", WorkloadSpec.DEFAULT.withFailureRate(1.0)).get(0);
        Workload hello = workloads.start("a", "hello", WorkloadSpec.DEFAULT.withType(WorkloadType.HTTP_HELLO)
                .withFailureRate(1.0)).get(0);

        assertThat(send(echo, Protocol.TCP, 100, 0, ResponseCheck.ECHO).outcome()).isEqualTo(RequestOutcome.RESET);
        assertThat(send(hello, Protocol.HTTP, 100, 100, ResponseCheck.HTTP_HELLO).outcome())
                .isEqualTo(RequestOutcome.HTTP_ERROR);
        assertThat(echo.stats().injectedFailures()).isEqualTo(1);
    }

    @Test
    void delayIsAppliedBeforeAnswering() throws Exception {
        Workload slow = workloads.start("a", "slow", WorkloadSpec.DEFAULT.withDelay(Duration.ofMillis(150))).get(0);

        OneShotClient.Result result = send(slow, Protocol.TCP, 100, 0, ResponseCheck.ECHO);

        assertThat(result.outcome()).isEqualTo(RequestOutcome.OK);
        assertThat(result.latency()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void stoppedWorkloadRefusesAndRestartsOnTheSamePort() throws Exception {
        Workload echo = workloads.start("a", "echo", WorkloadSpec.DEFAULT).get(0);
        int port = echo.port();

        echo.stop();
        assertThat(send(echo, Protocol.TCP, 10, 0, ResponseCheck.ECHO).outcome()).isEqualTo(RequestOutcome.REFUSED);
        echo.start();

        assertThat(echo.port()).isEqualTo(port);
        assertThat(send(echo, Protocol.TCP, 10, 0, ResponseCheck.ECHO).outcome()).isEqualTo(RequestOutcome.OK);
    }

    @Test
    void replicasAreSeparateServersWithTheirOwnRouterConnectorNames() {
        List<Workload> replicas = workloads.start("east", "backend", WorkloadSpec.DEFAULT.withReplicas(2));

        assertThat(replicas).extracting(w -> w.identity().routerConnectorName())
                .containsExactly("backend@backend-0", "backend@backend-1");
        assertThat(replicas.get(0).port()).isNotEqualTo(replicas.get(1).port());
    }
}
