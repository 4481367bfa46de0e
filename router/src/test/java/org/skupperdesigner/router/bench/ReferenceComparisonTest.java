package org.skupperdesigner.router.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.skupperdesigner.router.RouterEventLoops;
import org.skupperdesigner.router.RouterOptions;

/**
 * The reference section: finding iperf3 and haproxy, reading iperf3's reports, haproxy's chains, and (where both
 * programs are installed, as {@code .ci/run} installs them) the section end to end.
 */
class ReferenceComparisonTest {
    @TempDir
    Path dir;

    @Test
    void theReceiversTotalIsReadFromAnIperf3Report() throws IOException {
        assertThat(Iperf3.receivedBitsPerSecond(resource("iperf3-two-streams.json"), 5201))
                .isEqualTo(23286264898.33139);
    }

    @Test
    void anIperf3ErrorNamesThePortAndTheCause() throws IOException {
        String refused = resource("iperf3-refused.json");
        assertThatThrownBy(() -> Iperf3.receivedBitsPerSecond(refused, 5999)).isInstanceOf(IOException.class)
                .hasMessage("iperf3 to port 5999: unable to connect to server: Connection refused");
        assertThatThrownBy(() -> Iperf3.receivedBitsPerSecond("{\"start\": {}}", 7))
                .hasMessageContaining("port 7 reported no received total");
    }

    @Test
    void aBusyServerIsAskedAgainAndAnyOtherErrorEndsTheSample() throws Exception {
        int[] calls = {0};
        double rate = Iperf3.retryWhileBusy(() -> {
            if (++calls[0] < 3) {
                throw new IOException("iperf3 to port 1: the server is busy running a test. try again later");
            }
            return 42.0;
        }, 1);
        assertThat(rate).isEqualTo(42.0);
        assertThat(calls[0]).isEqualTo(3);

        assertThat(triesUntilItFails("iperf3 to port 1: unable to connect to server: Connection refused",
                "Connection refused")).isEqualTo(1);
        assertThat(triesUntilItFails("the server is busy running a test", "busy")).as("gives up after 10 tries")
                .isEqualTo(10);
    }

    /** How often retryWhileBusy asks a server that always fails with {@code error}, checking the error it ends with. */
    private static int triesUntilItFails(String error, String endsWith) {
        int[] calls = {0};
        assertThatThrownBy(() -> Iperf3.retryWhileBusy(() -> {
            calls[0]++;
            throw new IOException(error);
        }, 1)).hasMessageContaining(endsWith);
        return calls[0];
    }

    @Test
    void missingProgramsAreNamedWithHowToInstallThem() throws IOException {
        assertThatThrownBy(() -> ReferenceTools.find(dir.toString())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs iperf3 and haproxy on the PATH")
                .hasMessageContaining("apt-get install iperf3 haproxy");
        executable("iperf3");
        assertThatThrownBy(() -> ReferenceTools.find(dir.toString()))
                .hasMessageContaining("needs haproxy on the PATH, which does not have it");
        executable("haproxy");
        ReferenceTools tools = ReferenceTools.find("/nonexistent:" + dir);
        assertThat(tools.iperf3()).isEqualTo(dir.resolve("iperf3"));
        assertThat(tools.haproxy()).isEqualTo(dir.resolve("haproxy"));
    }

    @Test
    void haproxyRelaysOneHopTwoChainedAndTwoChainedWithMutualTls() {
        HaproxyChains.Ports ports = new HaproxyChains.Ports(6001, 6002, 6003, 6004, 6005);
        String config = HaproxyChains.configuration(ports, 5201, Path.of("/w/front.pem"), Path.of("/w/back.pem"),
                Path.of("/w/ca.pem"));

        assertThat(config).contains("mode tcp")
                .contains("listen one-hop\n    bind 127.0.0.1:6001\n    server next 127.0.0.1:5201\n")
                .contains("listen chained-front\n    bind 127.0.0.1:6002\n    server next 127.0.0.1:6003\n")
                .contains("listen chained-back\n    bind 127.0.0.1:6003\n    server next 127.0.0.1:5201\n")
                .contains("listen mtls-front\n    bind 127.0.0.1:6004\n    server next 127.0.0.1:6005 ssl crt "
                        + "/w/front.pem ca-file /w/ca.pem verify required\n")
                .contains("listen mtls-back\n    bind 127.0.0.1:6005 ssl crt /w/back.pem ca-file /w/ca.pem verify "
                        + "required\n    server next 127.0.0.1:5201\n");
    }

    /**
     * With iperf3 and haproxy installed: every reference figure and router ratio is measured (no figure is
     * asserted beyond being a real rate: speed lives in the bench). Without them: the bench refuses to start, with
     * the message above, before any work.
     */
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void theSectionMeasuresHaproxyAndTheRoutersWithTheSameIperf3() throws Exception {
        BenchSettings settings = new BenchSettings(2, true, 2, 1.0, 1, 0, 0, true);
        ReferenceTools tools;
        try {
            tools = ReferenceTools.fromEnvironment();
        } catch (IllegalStateException notInstalled) {
            assertThatThrownBy(() -> RouterBench.run(settings, line -> { }))
                    .hasMessage(notInstalled.getMessage());
            return;
        }
        List<BenchMeasure> measures = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        EventLoopGroup group = RouterEventLoops.newGroup(2);
        try {
            new ReferenceComparison(settings, tools, steps::add, () -> { })
                    .run(measures, group, new BenchPki(), RouterOptions.defaults());
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
        }

        assertThat(measures).extracting(BenchMeasure::id).containsExactly("R-haproxy-1", "R-haproxy-2",
                "R-haproxy-2tls", "R-B1-1", "R-B1-2", "R-B2", "R-B3", "R-ahead", "R-ahead-tls");
        assertThat(measures).allSatisfy(m -> assertThat(m.value()).as(m.id()).isPositive().isFinite());
        assertThat(measures).filteredOn(m -> m.id().startsWith("R-haproxy") || m.id().startsWith("R-B"))
                .allSatisfy(m -> assertThat(m.value()).as(m.id() + " is a share of direct").isLessThan(1.5));
        assertThat(measures.get(0).detail()).startsWith("iperf3 direct ").contains("Gbit/s (1 stream)");
        assertThat(steps).contains("references (iperf3, haproxy), repetition 1/1");
    }

    private void executable(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReferenceComparisonTest.class.getResourceAsStream("/bench/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
