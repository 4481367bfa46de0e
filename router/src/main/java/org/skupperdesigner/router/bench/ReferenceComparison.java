package org.skupperdesigner.router.bench;

import static org.skupperdesigner.router.bench.BenchMeasure.gbps;
import static org.skupperdesigner.router.bench.BenchMeasure.info;
import static org.skupperdesigner.router.bench.BenchMeasure.ratio;
import static org.skupperdesigner.router.bench.BenchMeasure.target;

import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.skupperdesigner.router.RouterOptions;

/**
 * The bench's reference section ({@code --references on}): the reference figures taken again in the same
 * run, the way the issue took them (iperf3 as client and server; haproxy as the relay: one hop, two chained, two
 * chained with mutual TLS), next to the router lines of B1-B3 driven by the same iperf3. It answers "is the
 * router ahead of haproxy here, now" directly, and gives B1-B3 as ratios of iperf3's direct figure, which is
 * what the targets were set against (the bench's own client is a leaner sender than iperf3, so its direct
 * baseline is higher; docs/performance.md).
 */
final class ReferenceComparison {
    /** The routes sampled in each repetition, in order (reversed every other repetition). */
    private enum Route {
        DIRECT, HAPROXY_ONE_HOP, HAPROXY_CHAINED, HAPROXY_CHAINED_MTLS, ROUTER_PLAIN, ROUTER_MTLS, ROUTER_MTLS_3,
        DIRECT_STREAMS, ROUTER_PLAIN_STREAMS
    }

    private final BenchSettings settings;
    private final ReferenceTools tools;
    private final Consumer<String> step;
    private final Runnable sampleLoad;

    ReferenceComparison(BenchSettings settings, ReferenceTools tools, Consumer<String> step, Runnable sampleLoad) {
        this.settings = settings;
        this.tools = tools;
        this.step = step;
        this.sampleLoad = sampleLoad;
    }

    void run(List<BenchMeasure> measures, EventLoopGroup routerGroup, BenchPki pki, RouterOptions base)
            throws Exception {
        Path workDir = Files.createTempDirectory("skupper-bench-references");
        try (Iperf3 iperf3 = Iperf3.startServer(tools.iperf3(), workDir);
             HaproxyChains haproxy = HaproxyChains.start(tools.haproxy(), workDir, pki, iperf3.port());
             BenchNetwork plain2 = BenchNetwork.line(2, false, iperf3.port(), routerGroup, pki, base);
             BenchNetwork tls2 = BenchNetwork.line(2, true, iperf3.port(), routerGroup, pki, base);
             BenchNetwork tls3 = BenchNetwork.line(3, true, iperf3.port(), routerGroup, pki, base)) {
            Route[] routes = Route.values();
            int[] ports = new int[routes.length];
            int[] streams = new int[routes.length];
            HaproxyChains.Ports h = haproxy.ports();
            for (Route route : routes) {
                ports[route.ordinal()] = switch (route) {
                    case DIRECT, DIRECT_STREAMS -> iperf3.port();
                    case HAPROXY_ONE_HOP -> h.oneHop();
                    case HAPROXY_CHAINED -> h.chained();
                    case HAPROXY_CHAINED_MTLS -> h.mtls();
                    case ROUTER_PLAIN, ROUTER_PLAIN_STREAMS -> plain2.listenerPort();
                    case ROUTER_MTLS -> tls2.listenerPort();
                    case ROUTER_MTLS_3 -> tls3.listenerPort();
                };
                streams[route.ordinal()] = route == Route.DIRECT_STREAMS || route == Route.ROUTER_PLAIN_STREAMS
                        ? settings.streams() : 1;
            }
            int seconds = Math.max(1, (int) Math.ceil(settings.durationSeconds()));
            step.accept("references: warming up (iperf3 through each path once)");
            for (Route route : routes) {
                iperf3.bytesPerSecond(ports[route.ordinal()], 1, 1, 0);
            }
            List<double[]> samples = new ArrayList<>();
            for (int rep = 1; rep <= settings.repetitions(); rep++) {
                step.accept("references (iperf3, haproxy), repetition " + rep + "/" + settings.repetitions());
                double[] sample = new double[routes.length];
                for (int k = 0; k < routes.length; k++) {
                    int i = rep % 2 == 1 ? k : routes.length - 1 - k; // ABBA order cancels a drifting load
                    sample[i] = iperf3.bytesPerSecond(ports[i], streams[i], seconds, 1);
                }
                samples.add(sample);
                sampleLoad.run();
            }
            report(measures, samples);
        } finally {
            deleteQuietly(workDir);
        }
    }

    private void report(List<BenchMeasure> measures, List<double[]> samples) {
        int n = settings.streams();
        String direct = "iperf3 direct " + medianRate(samples, Route.DIRECT) + " (1 stream), "
                + medianRate(samples, Route.DIRECT_STREAMS) + " (" + n + " streams)";
        measures.add(info("R-haproxy-1", "reference: haproxy, one hop (iperf3)", "x direct",
                shares(samples, Route.HAPROXY_ONE_HOP, Route.DIRECT), direct + "; the issue measured 0.40x"));
        measures.add(info("R-haproxy-2", "reference: 2 chained haproxy (iperf3)", "x direct",
                shares(samples, Route.HAPROXY_CHAINED, Route.DIRECT), "the issue measured 0.31x"));
        measures.add(info("R-haproxy-2tls", "reference: 2 chained haproxy, mutual TLS between them (iperf3)",
                "x direct", shares(samples, Route.HAPROXY_CHAINED_MTLS, Route.DIRECT), "the issue measured 0.22x"));
        measures.add(ratio("R-B1-1", "B1 with iperf3: 2 sites, plain link, 1 stream",
                shares(samples, Route.ROUTER_PLAIN, Route.DIRECT), 0.45,
                "routed " + medianRate(samples, Route.ROUTER_PLAIN)));
        measures.add(ratio("R-B1-" + n, "B1 with iperf3: 2 sites, plain link, " + n + " streams",
                shares(samples, Route.ROUTER_PLAIN_STREAMS, Route.DIRECT_STREAMS), 0.50,
                "routed " + medianRate(samples, Route.ROUTER_PLAIN_STREAMS)));
        measures.add(ratio("R-B2", "B2 with iperf3: 2 sites, mutual TLS link",
                shares(samples, Route.ROUTER_MTLS, Route.DIRECT), 0.35,
                "routed " + medianRate(samples, Route.ROUTER_MTLS)));
        measures.add(ratio("R-B3", "B3 with iperf3: 3 sites, 2 mutual TLS links",
                shares(samples, Route.ROUTER_MTLS_3, Route.DIRECT), 0.25,
                "routed " + medianRate(samples, Route.ROUTER_MTLS_3)));
        measures.add(target("R-ahead", "2 routers (plain) against 2 chained haproxy, same iperf3", "x haproxy",
                shares(samples, Route.ROUTER_PLAIN, Route.HAPROXY_CHAINED), ">=", 1.0,
                "above 1: the router is ahead"));
        measures.add(target("R-ahead-tls", "2 routers (mutual TLS) against 2 chained haproxy (mutual TLS)",
                "x haproxy", shares(samples, Route.ROUTER_MTLS, Route.HAPROXY_CHAINED_MTLS), ">=", 1.0,
                "above 1: the router is ahead"));
    }

    private static String medianRate(List<double[]> samples, Route route) {
        return gbps(BenchMeasure.median(column(samples, route)));
    }

    /** Per repetition: bytes per second through {@code route}. */
    private static List<Double> column(List<double[]> samples, Route route) {
        return samples.stream().map(s -> s[route.ordinal()]).toList();
    }

    /** Per repetition: {@code route} / {@code over}, both from the same repetition. */
    private static List<Double> shares(List<double[]> samples, Route route, Route over) {
        return samples.stream().map(s -> s[route.ordinal()] / s[over.ordinal()]).toList();
    }




    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
