package org.skupperdesigner.router.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.skupperdesigner.router.RouterOptions;
import org.skupperdesigner.router.RouterRuntime;
import org.skupperdesigner.router.config.LinkAcceptorConfig;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.OutgoingLinkConfig;
import org.skupperdesigner.router.config.RouterConfig;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.router.config.TcpConnectorConfig;
import org.skupperdesigner.router.config.TcpListenerConfig;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.skupperdesigner.router.observe.RouterEvent;

/**
 * Starts routers on loopback with fast timers and closes everything it started; as a JUnit extension
 * ({@code @RegisterExtension}) it closes after each test.
 */
public final class RouterFixture implements AutoCloseable, AfterEachCallback {
    public static final Duration HELLO = Duration.ofMillis(100);
    public static final Duration DEAD = Duration.ofMillis(400);

    private final TestPki pki;
    private final RouterOptions options;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    public final List<RouterEvent> events = new CopyOnWriteArrayList<>();

    public RouterFixture(TestPki pki) {
        this(pki, RouterOptions.defaults().withHello(HELLO, DEAD)
                .withReconnectBackoff(List.of(Duration.ofMillis(100), Duration.ofMillis(200))));
    }

    public RouterFixture(TestPki pki, RouterOptions options) {
        this.pki = pki;
        this.options = options;
    }

    public RouterOptions options() {
        return options;
    }

    public RouterRuntime interior(String id) {
        RouterConfig config = RouterConfig.of(id, RouterMode.INTERIOR, pki.router(id)).withLinkAcceptors(List.of(
                new LinkAcceptorConfig("inter-router", LinkRole.INTER_ROUTER, "127.0.0.1", 0),
                new LinkAcceptorConfig("edge", LinkRole.EDGE, "127.0.0.1", 0)));
        return start(config);
    }

    /** A router this fixture started, by id. */
    public RouterRuntime interiorRuntime(String id) {
        return closeables.stream().filter(c -> c instanceof RouterRuntime r && r.routerId().equals(id))
                .map(RouterRuntime.class::cast).findFirst().orElseThrow();
    }

    public RouterRuntime edge(String id) {
        return start(RouterConfig.of(id, RouterMode.EDGE, pki.router(id)));
    }

    public RouterRuntime start(RouterConfig config) {
        RouterRuntime router = RouterRuntime.start(config, options);
        closeables.add(router);
        closeables.add(router.subscribe(events::add));
        return router;
    }

    public <T extends AutoCloseable> T track(T closeable) {
        closeables.add(closeable);
        return closeable;
    }

    /** Interior link from {@code from} to {@code to}. */
    public static void link(RouterRuntime from, RouterRuntime to, int cost) {
        from.addOutgoingLink(new OutgoingLinkConfig(from.routerId() + "-to-" + to.routerId(), "127.0.0.1",
                to.linkAcceptorPort("inter-router"), LinkRole.INTER_ROUTER, cost));
    }

    public static void uplink(RouterRuntime edge, RouterRuntime interior) {
        edge.addOutgoingLink(new OutgoingLinkConfig(edge.routerId() + "-to-" + interior.routerId(), "127.0.0.1",
                interior.linkAcceptorPort("edge"), LinkRole.EDGE, 1));
    }

    public static String linkName(RouterRuntime from, RouterRuntime to) {
        return from.routerId() + "-to-" + to.routerId();
    }

    public static int listen(RouterRuntime router, String name, String key) {
        return router.addListener(new TcpListenerConfig(name, key, "127.0.0.1", 0));
    }

    public static void connect(RouterRuntime router, String name, String key, int port) {
        router.addConnector(new TcpConnectorConfig(name, key, "127.0.0.1", port));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            try {
                closeables.get(i).close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        closeables.clear();
    }
}
