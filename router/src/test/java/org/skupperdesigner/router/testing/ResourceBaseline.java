package org.skupperdesigner.router.testing;

import io.netty.util.internal.PlatformDependent;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.TreeSet;

/** Heap after GC, Netty direct memory and live threads at one moment, to check a run gives them all back. */
public record ResourceBaseline(long heapBytes, long directBytes, Set<String> threads) {
    public static ResourceBaseline take() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Set<String> threads = new TreeSet<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive()) {
                threads.add(thread.getName());
            }
        }
        return new ResourceBaseline(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                Math.max(0, PlatformDependent.usedDirectMemory()), threads);
    }

    @Override
    public String toString() {
        return String.format("heap %.1f MiB, direct %.1f MiB, %d threads", heapBytes / 1048576.0,
                directBytes / 1048576.0, threads.size());
    }
}
