package org.skupperdesigner.router.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skupperdesigner.router.RouterOptions;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.observe.FlowOutcome;
import org.skupperdesigner.router.observe.FlowRecord;
import org.skupperdesigner.router.observe.StreamStatus;
import org.skupperdesigner.router.testing.Await;
import org.skupperdesigner.router.testing.EchoLoadClient;
import org.skupperdesigner.router.testing.EchoServer;
import org.skupperdesigner.router.testing.RouterFixture;
import org.skupperdesigner.router.testing.TestPki;

/** Byte-exact delivery of many concurrent flows over three routers and two mutual-TLS links. */
class IntegrityTest {
    private static final TestPki PKI = new TestPki("network-ca");
    private static final long TOTAL = 100L * 1024 * 1024;
    private static final int FLOWS = 200;
    /** Skupper's own timers (1 s hellos, 3 s dead): paranoid leak tracking makes loaded loops slow. */
    @RegisterExtension
    final RouterFixture fixture = new RouterFixture(PKI, RouterOptions.defaults()
            .withHello(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .withReconnectBackoff(List.of(Duration.ofMillis(200))));

    private int threeHops() {
        EchoServer echo = fixture.track(new EchoServer());
        RouterRuntime a = fixture.interior("a");
        RouterRuntime b = fixture.interior("b");
        RouterRuntime c = fixture.interior("c");
        RouterFixture.link(a, b, 1);
        RouterFixture.link(b, c, 1);
        RouterFixture.connect(c, "echo", "echo", echo.port());
        int port = RouterFixture.listen(a, "echo", "echo");
        Await.until("listener open", () -> a.isListenerOpen("echo"));
        return port;
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void twoHundredConcurrentFlowsArriveByteExact() throws Exception {
        int port = threeHops();
        RouterRuntime a = fixture.interiorRuntime("a");
        long[] sizes = randomSizes(new Random(42));
        try (EchoLoadClient clients = new EchoLoadClient()) {
            long start = System.nanoTime();
            List<CompletableFuture<EchoLoadClient.Result>> results = new ArrayList<>();
            for (int i = 0; i < FLOWS; i++) {
                results.add(clients.echo(port, sizes[i], i));
            }
            try {
                CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(80, TimeUnit.SECONDS);
            } catch (Exception e) {
                Thread.sleep(300);
                fixture.events.stream().filter(ev -> ev instanceof org.skupperdesigner.router.observe.RouterEvent.LinkDown)
                        .forEach(ev -> System.out.println("diagnostics: " + ev));
                for (String id : new String[] {"a", "b", "c"}) {
                    System.out.println("diagnostics: " + id + " " + fixture.interiorRuntime(id).counters());
                }
                throw e;
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long bytes = 0;
            for (CompletableFuture<EchoLoadClient.Result> result : results) {
                assertThat(result.get().intact()).as("flow checksum %s", result.get()).isTrue();
                bytes += result.get().received();
            }
            assertThat(bytes).isEqualTo(TOTAL);
            System.out.printf("integrity: %d flows, %d MiB each way through 3 routers (%s TLS) in %d ms%n",
                    FLOWS, TOTAL >> 20, a.tlsProvider(), millis);
        }
        Await.until("all flows finished", () -> a.flowRecords().stream()
                .filter(f -> f.outcome() == FlowOutcome.COMPLETED).count() == FLOWS);
        assertThat(a.counters().router().bytesIn()).isEqualTo(TOTAL);
    }

    /**
     * Structural, not timed (speed targets live in the bench): with one reader stalled until its stream's
     * window is exhausted, every other flow on the same links still completes byte-exact, and no stream on
     * any router ever holds more than its window of received-but-ungranted bytes.
     */
    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void aStalledReaderHoldsOnlyItsWindowWhileOtherFlowsOnTheSameLinksComplete() throws Exception {
        int port = threeHops();
        List<RouterRuntime> routers = List.of(fixture.interiorRuntime("a"), fixture.interiorRuntime("b"),
                fixture.interiorRuntime("c"));
        RouterRuntime a = routers.get(0);
        try (EchoLoadClient clients = new EchoLoadClient()) {
            CompletableFuture<EchoLoadClient.Result> stalled = clients.stalled(port, 8L * 1024 * 1024, 3);
            awaitStalled(a);
            String stalledFlow = a.flowRecords().stream().filter(FlowRecord::isActive).findFirst()
                    .orElseThrow(() -> new AssertionError("no stalled flow: " + a.flowRecords() + " " + stalled))
                    .flowId();

            List<CompletableFuture<EchoLoadClient.Result>> others = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                others.add(clients.echo(port, 2L * 1024 * 1024, 100 + i));
            }
            CompletableFuture<Void> all = CompletableFuture.allOf(others.toArray(CompletableFuture[]::new));
            List<String> violations = new ArrayList<>();
            long stalledHeldMax = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!all.isDone() && System.nanoTime() < deadline) {
                for (RouterRuntime router : routers) {
                    for (StreamStatus stream : router.streams()) {
                        if (stream.receivedUngranted() > stream.window() || stream.sendCredit() < 0
                                || stream.window() > 4 * 1024 * 1024) {
                            violations.add(router.routerId() + " " + stream);
                        }
                        if (stream.flowId().equals(stalledFlow)) {
                            stalledHeldMax = Math.max(stalledHeldMax, stream.receivedUngranted() + stream.queuedBytes());
                        }
                    }
                }
                Thread.sleep(20);
            }
            all.get(5, TimeUnit.SECONDS);
            for (CompletableFuture<EchoLoadClient.Result> other : others) {
                assertThat(other.get().intact()).as("flow beside the stalled one %s", other.get()).isTrue();
            }
            assertThat(violations).as("streams holding more than their window").isEmpty();
            assertThat(stalled).as("the stalled reader never finishes").isNotDone();
            assertThat(stalledHeldMax).as("bytes the stalled flow holds in one router's stream")
                    .isLessThanOrEqualTo(2L * 4 * 1024 * 1024);
            assertThat(a.flowRecords()).noneMatch(f -> f.outcome() == FlowOutcome.PROTOCOL_ERROR);
            System.out.printf("stalled reader: 16 flows of 2 MiB completed beside it; it held at most %d KiB "
                    + "in one stream%n", stalledHeldMax / 1024);
        }
    }

    /** Waits until the stalled flow's byte counts (almost) stop moving: its windows and buffers are full. */
    private static void awaitStalled(RouterRuntime a) throws InterruptedException {
        long last = -1;
        for (int i = 0; i < 120; i++) {
            Thread.sleep(250);
            long now = a.flowRecords().stream().filter(f -> f.isActive())
                    .mapToLong(f -> f.bytesClientToServer() + f.bytesServerToClient()).sum();
            if (last > 0 && now - last < 64 * 1024) {
                return;
            }
            last = now;
        }
        throw new AssertionError("stalled flow kept moving");
    }

    /** Random flow sizes that add up to exactly {@link #TOTAL}. */
    private static long[] randomSizes(Random random) {
        double[] weights = new double[FLOWS];
        double sum = 0;
        for (int i = 0; i < FLOWS; i++) {
            weights[i] = 0.05 + random.nextDouble();
            sum += weights[i];
        }
        long[] sizes = new long[FLOWS];
        long assigned = 0;
        for (int i = 0; i < FLOWS - 1; i++) {
            sizes[i] = (long) (TOTAL * weights[i] / sum);
            assigned += sizes[i];
        }
        sizes[FLOWS - 1] = TOTAL - assigned;
        return sizes;
    }
}
