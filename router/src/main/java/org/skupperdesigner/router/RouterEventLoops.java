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

/**
 * Event loops that serve sockets (epoll when the native library loads, NIO otherwise) and in-JVM local
 * channels on the same threads, so one router keeps all its channels on one loop whatever the transport.
 */
public final class RouterEventLoops {
    private RouterEventLoops() {
    }

    /** A group a simulator can share between many routers; the caller shuts it down. */
    public static EventLoopGroup newGroup(int threads) {
        IoHandlerFactory sockets = Epoll.isAvailable() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        IoHandlerFactory locals = LocalIoHandler.newFactory();
        return new MultiThreadIoEventLoopGroup(threads,
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
