package org.skupperdesigner.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.skupperdesigner.router.RouterEventLoops;
import org.skupperdesigner.router.Transport;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.traffic.OneShotClient;
import org.skupperdesigner.simulator.traffic.Protocol;
import org.skupperdesigner.simulator.traffic.ResponseCheck;
import org.skupperdesigner.simulator.workload.Workload;
import org.skupperdesigner.simulator.workload.WorkloadSpec;
import org.skupperdesigner.simulator.workload.Workloads;

/** The shaper on its own, between a client and an echo server over loopback TCP. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class LinkShaperTest {
    private final EventLoopGroup group = RouterEventLoops.newGroup(1);
    private final Workloads workloads = new Workloads(group);
    private final Workload echo = workloads.start("a", "echo", WorkloadSpec.DEFAULT).get(0);
    private final LinkShaper shaper = new LinkShaper("l", Transport.TCP, group,
            () -> new InetSocketAddress(echo.host(), echo.port()));
    private final int port = shaper.bind();

    @AfterEach
    void close() {
        shaper.close();
        workloads.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private OneShotClient.Result send(long size) throws Exception {
        return OneShotClient.send(group, new InetSocketAddress("127.0.0.1", port), Protocol.TCP, size, 0,
                ResponseCheck.ECHO, Duration.ofSeconds(3), 5).get(10, TimeUnit.SECONDS);
    }

    @Test
    void passesBytesThroughAndCountsThem() throws Exception {
        assertThat(send(100_000).outcome()).isEqualTo(RequestOutcome.OK);
        assertThat(shaper.forwardBytes()).isEqualTo(100_000);
        assertThat(shaper.backwardBytes()).isEqualTo(100_000);
    }

    @Test
    void latencyIsAddedInEachDirectionInOrder() throws Exception {
        shaper.shape(LinkShape.NONE.withLatency(Duration.ofMillis(80)));

        OneShotClient.Result result = send(50_000);

        assertThat(result.outcome()).isEqualTo(RequestOutcome.OK);
        assertThat(result.latency()).isGreaterThanOrEqualTo(Duration.ofMillis(160));
    }

    @Test
    void aCutRefusesAndASilentPathSwallows() throws Exception {
        shaper.condition(LinkCondition.CUT);
        assertThat(send(10).outcome()).isEqualTo(RequestOutcome.RESET);

        shaper.condition(LinkCondition.SILENT);
        assertThat(send(10).outcome()).isEqualTo(RequestOutcome.TIMEOUT);
        assertThat(shaper.droppedBytes()).isEqualTo(10);

        shaper.condition(LinkCondition.UP);
        assertThat(send(10).outcome()).isEqualTo(RequestOutcome.OK);
    }
}
