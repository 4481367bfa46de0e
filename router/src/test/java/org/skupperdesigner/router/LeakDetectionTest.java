package org.skupperdesigner.router;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skupperdesigner.router.testing.LeakReports;

/** Proves the suite-wide leak check works: a deliberately leaked buffer is reported. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LeakDetectionTest {
    @Test
    void leakDetectionRunsAtParanoid() {
        assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.PARANOID);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aDeliberatelyLeakedBufferIsReported() {
        leak();
        List<String> reports = new ArrayList<>();
        for (int attempt = 0; attempt < 20 && reports.isEmpty(); attempt++) {
            reports.addAll(LeakReports.collect()); // collected here, so the after-each check stays green
        }
        assertThat(reports).isNotEmpty();
        assertThat(reports.get(0)).contains("LEAK");
    }

    private static void leak() {
        ByteBuf lost = PooledByteBufAllocator.DEFAULT.directBuffer(64);
        lost.writeLong(42); // never released
    }
}
