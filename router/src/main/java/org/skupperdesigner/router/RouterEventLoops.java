package org.skupperdesigner.router;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandle;
import io.netty.channel.IoHandler;
import io.netty.channel.IoHandlerContext;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.IoRegistration;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.local.LocalIoHandle;
import io.netty.channel.local.LocalIoHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * Event loops that serve sockets (NIO; epoll on request, see below) and in-JVM local channels on the same
 * threads, so one router keeps all its channels on one loop whatever the transport.
 *
 * <p>Native epoll is off by default (docs/decisions/0151): in Netty 4.2.18 an epoll registration whose
 * interest set becomes empty is removed from epoll but still marked as added, so the next interest change
 * fails with {@code epoll_ctl(MOD) ENOENT} and Netty shuts the socket's output. A client that half-closes
 * and then waits for a reply larger than the socket buffer hits exactly that. {@code -Dskupper.router.epoll=true}
 * turns epoll back on (for measurements, or once Netty is fixed).
 */
public final class RouterEventLoops {
    /** Whether socket channels use native epoll (opt-in) rather than NIO. */
    public static final boolean EPOLL = Boolean.getBoolean("skupper.router.epoll") && Epoll.isAvailable();

    private RouterEventLoops() {
    }

    /** A group a simulator can share between many routers; the caller shuts it down. */
    public static EventLoopGroup newGroup(int threads) {
        return newGroup(threads, "router-loop");
    }

    /** As {@link #newGroup(int)}, with threads named {@code <name>-<group>-<thread>} (profilers show them). */
    public static EventLoopGroup newGroup(int threads, String name) {
        IoHandlerFactory sockets = EPOLL ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        IoHandlerFactory locals = LocalIoHandler.newFactory();
        return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory(name),
                executor -> new SocketAndLocalIoHandler(sockets.newHandler(executor), locals.newHandler(executor)));
    }

    public static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Delegates socket handles to the epoll/NIO handler and local handles to a LocalIoHandler whose
     * registry is all local channels need: they are driven by tasks, never by the selector.
     */
    private static final class SocketAndLocalIoHandler implements IoHandler {
        private final IoHandler sockets;
        private final IoHandler locals;

        SocketAndLocalIoHandler(IoHandler sockets, IoHandler locals) {
            this.sockets = sockets;
            this.locals = locals;
        }

        @Override
        public void initialize() {
            sockets.initialize();
            locals.initialize();
        }

        @Override
        public int run(IoHandlerContext context) {
            return sockets.run(context);
        }

        @Override
        public void prepareToDestroy() {
            locals.prepareToDestroy();
            sockets.prepareToDestroy();
        }

        @Override
        public void destroy() {
            locals.destroy();
            sockets.destroy();
        }

        @Override
        public IoRegistration register(IoHandle handle) throws Exception {
            return handle instanceof LocalIoHandle ? locals.register(handle) : sockets.register(handle);
        }

        @Override
        public void wakeup() {
            sockets.wakeup();
        }

        @Override
        public boolean isCompatible(Class<? extends IoHandle> handleType) {
            return LocalIoHandle.class.isAssignableFrom(handleType) || sockets.isCompatible(handleType);
        }
    }
}
