package org.skupperdesigner.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skupperdesigner.router.config.LinkAcceptorConfig;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.RouterConfig;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.config.TcpListenerConfig;
import org.skupperdesigner.router.observe.EventHub;
import org.skupperdesigner.router.observe.RouterEvent;
import org.skupperdesigner.router.testing.Await;
import org.skupperdesigner.router.testing.RouterFixture;
import org.skupperdesigner.router.testing.TestPki;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RouterRuntimeLifecycleTest {
    private static final TestPki PKI = new TestPki("network-ca");

    @Test
    void closingRoutersLeavesNoThreadsBehind() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try (RouterFixture fixture = new RouterFixture(PKI)) {
            RouterRuntime a = fixture.interior("a");
            RouterRuntime b = fixture.interior("b");
            RouterFixture.link(a, b, 1);
            Await.until("linked", () -> a.links().size() == 1);
        }
        Await.until("router threads gone", () -> newThreads(before).isEmpty());
    }

    @Test
    void closeIsIdempotentAndCallsAfterCloseFail() {
        RouterRuntime router = RouterRuntime.start(RouterConfig.of("solo", RouterMode.INTERIOR, PKI.router("solo")),
                RouterOptions.defaults());
        router.close();
        router.close();
        assertThatThrownBy(router::counters).isInstanceOf(RuntimeException.class);
    }

    @Test
    void tcpTransportRequiresTlsMaterial() {
        assertThatThrownBy(() -> RouterRuntime.start(RouterConfig.of("bare", RouterMode.INTERIOR, null),
                RouterOptions.defaults())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TLS");
    }

    @Test
    void edgeRoutersCannotAcceptLinks() {
        assertThatThrownBy(() -> RouterConfig.of("e", RouterMode.EDGE, null).withLinkAcceptors(
                List.of(new LinkAcceptorConfig("x", LinkRole.EDGE, null, 0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listenerPortZeroPicksAPortUpFrontAndDuplicatesAreRejected() {
        try (RouterFixture fixture = new RouterFixture(PKI)) {
            RouterRuntime a = fixture.interior("a");
            int port = a.addListener(new TcpListenerConfig("l", "k", null, 0));
            assertThat(port).isPositive();
            assertThat(a.listenerPort("l")).isEqualTo(port);
            assertThat(a.isListenerOpen("l")).isFalse();
            assertThatThrownBy(() -> a.addListener(new TcpListenerConfig("l", "k", null, 0)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void slowSubscriberNeverBlocksThePublisher() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (EventHub hub = new EventHub(null, 4, "test-events")) {
            hub.subscribe(event -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            long start = System.nanoTime();
            for (int i = 0; i < 1000; i++) {
                hub.publish(new RouterEvent.LinkDown("r", java.time.Instant.now(), "l", "p", "test"));
            }
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1000);
            assertThat(hub.droppedEvents()).isGreaterThan(900);
            release.countDown();
        }
    }

    private static Set<String> newThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                .map(Thread::getName)
                .filter(name -> !name.startsWith("ForkJoinPool") && !name.startsWith("process reaper"))
                .collect(Collectors.toSet());
    }
}
