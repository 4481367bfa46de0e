package org.skupperdesigner.simulator.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.ResourceLeakDetectorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects Netty leak reports instead of only logging them, so tests can fail on any leak. Installed as
 * the global leak detector factory before any buffer class is initialised (see {@link FailOnLeakExtension}).
 */
public final class LeakReports {
    private static final ConcurrentLinkedQueue<String> REPORTS = new ConcurrentLinkedQueue<>();
    private static volatile boolean installed;

    private LeakReports() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
        ResourceLeakDetectorFactory.setResourceLeakDetectorFactory(new RecordingFactory());
        installed = true;
    }

    /** Runs GC and allocates through every allocator so pending leak reports are produced; returns and clears them. */
    public static List<String> collect() {
        for (int round = 0; round < 3; round++) {
            System.gc();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            touch(PooledByteBufAllocator.DEFAULT);
            touch(UnpooledByteBufAllocator.DEFAULT);
            touch(ByteBufAllocator.DEFAULT);
        }
        List<String> reports = new ArrayList<>();
        String report;
        while ((report = REPORTS.poll()) != null) {
            reports.add(report);
        }
        return reports;
    }

    private static void touch(ByteBufAllocator allocator) {
        for (int i = 0; i < 4; i++) {
            allocator.heapBuffer(8).release();
            allocator.directBuffer(8).release();
        }
    }

    private static final class RecordingFactory extends ResourceLeakDetectorFactory {
        @SuppressWarnings("deprecation")
        @Override
        public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval,
                                                                   long maxActive) {
            return new RecordingDetector<>(resource, samplingInterval);
        }
    }

    private static final class RecordingDetector<T> extends ResourceLeakDetector<T> {
        RecordingDetector(Class<?> resourceType, int samplingInterval) {
            super(resourceType, samplingInterval);
        }

        @Override
        protected boolean needReport() {
            return true;
        }

        @Override
        protected void reportTracedLeak(String resourceType, String records) {
            REPORTS.add("LEAK " + resourceType + records);
        }

        @Override
        protected void reportUntracedLeak(String resourceType) {
            REPORTS.add("LEAK " + resourceType + " (untraced)");
        }
    }
}
