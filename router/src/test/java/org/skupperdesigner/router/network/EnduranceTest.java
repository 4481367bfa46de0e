package org.skupperdesigner.router.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skupperdesigner.router.RouterOptions;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.OutgoingLinkConfig;
import org.skupperdesigner.router.testing.Await;
import org.skupperdesigner.router.testing.EchoServer;
import org.skupperdesigner.router.testing.EnduranceLoad;
import org.skupperdesigner.router.testing.ResourceBaseline;
import org.skupperdesigner.router.testing.RouterFixture;
import org.skupperdesigner.router.testing.TestPki;

/**
 * Many concurrent connections through a three-site network while one link flaps every 2 s: no corrupted
 * byte, every flow completes or is reset within a bound, and afterwards every stream, socket, buffer and
 * thread is given back. Leak detection is paranoid for the whole run (FailOnLeakExtension).
 *
 * <p>The build runs it in its own JVM with unpooled buffers (router/pom.xml), so direct memory in use is
 * exactly the live buffers. CI runs a short form (200 connections, 10 s). The long form (1,000 connections, 60 s) runs with
 * {@code -Dendurance.long=true} or {@code ./mvnw -pl router verify -Pendurance}.
 */
class EnduranceTest {
    private static final boolean LONG = Boolean.getBoolean("endurance.long");
    private static final int CONNECTIONS = LONG ? 1000 : 200;
    private static final Duration RUN = LONG ? Duration.ofSeconds(60) : Duration.ofSeconds(10);
    /** A flow is small (at most 256 KiB): it ends in well under a second unless something holds it. */
    private static final Duration MAX_FLOW = Duration.ofSeconds(30);
    private static final Duration FLAP = Duration.ofSeconds(1); // down 1 s, up 1 s: one flap every 2 s
    private static final TestPki PKI = new TestPki("network-ca");

    @RegisterExtension
    final RouterFixture fixture = new RouterFixture(PKI, RouterOptions.defaults()
            .withReconnectBackoff(List.of(Duration.ofMillis(100))).withFlowHistoryLimit(100));

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void flowsSurviveAFlappingLinkAndGiveBackEverything() throws Exception {
        EchoServer echo = fixture.track(new EchoServer());
        RouterRuntime a = fixture.interior("a");
        RouterRuntime b = fixture.interior("b");
        RouterRuntime c = fixture.interior("c");
        RouterFixture.link(a, b, 1);
        RouterFixture.link(b, c, 1);
        RouterFixture.link(a, c, 1);
        RouterFixture.connect(c, "echo", "echo", echo.port());
        int port = RouterFixture.listen(a, "echo", "echo");
        List<RouterRuntime> routers = List.of(a, b, c);
        Await.until("triangle converged", Duration.ofSeconds(30), () -> a.isListenerOpen("echo")
                && Integer.valueOf(1).equals(a.routeCosts().get("c")) && b.routeCosts().size() == 2);
        int[] channelsBefore = routers.stream().mapToInt(RouterRuntime::openChannelCount).toArray();

        try (EnduranceLoad load = new EnduranceLoad()) {
            // a short warm-up first: buffer pools grow to their working size and keep it (not a leak)
            load.start(port, CONNECTIONS, Duration.ofSeconds(2), MAX_FLOW);
            assertThat(load.awaitIdle(MAX_FLOW.plusSeconds(10))).as("warm-up ended: %s", load).isTrue();
            ResourceBaseline before = ResourceBaseline.take();
            long warmCompleted = load.completed();
            load.start(port, CONNECTIONS, RUN, MAX_FLOW);
            long end = System.nanoTime() + RUN.toNanos();
            OutgoingLinkConfig flapping = new OutgoingLinkConfig("a-to-c", "127.0.0.1",
                    c.linkAcceptorPort("inter-router"), LinkRole.INTER_ROUTER, 1);
            int flaps = 0;
            while (System.nanoTime() < end) {
                Thread.sleep(FLAP.toMillis());
                a.removeOutgoingLink("a-to-c");
                flaps++;
                Thread.sleep(FLAP.toMillis());
                a.addOutgoingLink(flapping);
            }
            assertThat(load.awaitIdle(MAX_FLOW.plusSeconds(10))).as("every flow ended: %s", load).isTrue();
            System.out.printf("endurance: %d connections for %d s, %d flaps: %s%n", CONNECTIONS, RUN.toSeconds(),
                    flaps, load);

            assertThat(load.corrupt()).as("corrupted flows").isZero();
            assertThat(load.hung()).as("flows neither completed nor reset within %s", MAX_FLOW).isZero();
            assertThat(load.completed() - warmCompleted).as("completed flows").isGreaterThan(CONNECTIONS);

            Await.until("streams and flows released", Duration.ofSeconds(30), () ->
                    routers.stream().allMatch(r -> r.streams().isEmpty() && r.counters().router().inFlight() == 0
                            && r.links().stream().allMatch(l -> l.streams() == 0)));
            Await.until("a-c link back", Duration.ofSeconds(30),
                    () -> Integer.valueOf(1).equals(a.routeCosts().get("c")));
            Await.until("sockets closed", Duration.ofSeconds(30), () -> {
                for (int i = 0; i < routers.size(); i++) {
                    if (routers.get(i).openChannelCount() != channelsBefore[i]) {
                        return false;
                    }
                }
                return true;
            });
            assertThat(echo.acceptedConnections()).isGreaterThan(0);

            ResourceBaseline after = ResourceBaseline.take();
            System.out.println("endurance: before " + before + "; after " + after);
            assertThat(after.heapBytes()).as("heap after the run (before: %s)", before)
                    .isLessThan(before.heapBytes() + 48L * 1024 * 1024);
            // exact with unpooled buffers (how the build runs this test); a pool keeps chunks it grew
            long slack = ByteBufAllocator.DEFAULT instanceof UnpooledByteBufAllocator ? 4L << 20 : 64L << 20;
            assertThat(after.directBytes()).as("direct memory after the run (before: %s)", before)
                    .isLessThanOrEqualTo(before.directBytes() + slack);
            assertThat(routerThreads(after.threads())).as("router threads").isEqualTo(routerThreads(before.threads()));
        }
    }

    private static Set<String> routerThreads(Set<String> names) {
        return names.stream().filter(n -> n.startsWith("router-")).collect(Collectors.toSet());
    }
}
