package org.skupperdesigner.router.bench;

import static org.skupperdesigner.router.bench.BenchMeasure.gbps;
import static org.skupperdesigner.router.bench.BenchMeasure.info;
import static org.skupperdesigner.router.bench.BenchMeasure.ratio;
import static org.skupperdesigner.router.bench.BenchMeasure.target;

import io.netty.channel.EventLoopGroup;
import io.netty.handler.ssl.OpenSsl;
import io.netty.util.ResourceLeakDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import org.skupperdesigner.router.RouterEventLoops;
import org.skupperdesigner.router.RouterOptions;

/**
 * The router bench (docs/performance.md): builds lines of embedded routers on loopback between a client and
 * a sink or echo server, and measures B1-B7 against the same client and server connected directly, in the
 * same run, interleaved, so that ratios stay meaningful on a shared, noisy machine.
 */
public final class RouterBench {
    private static final int CONNECT_CONCURRENCY = Integer.getInteger("bench.connectConcurrency", 16);

    private final BenchSettings settings;
    private final Consumer<String> progress;
    private final List<Double> loadSamples = new ArrayList<>();

    private RouterBench(BenchSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Runs the bench; {@code progress} gets one line per step (may be a no-op). */
    public static BenchReport run(BenchSettings settings, Consumer<String> progress) throws Exception {
        return new RouterBench(settings, progress).run();
    }

    private BenchReport run() throws Exception {
        if (System.getProperty("io.netty.leakDetection.level") == null) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED); // paranoid is for tests only
        }
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("started", Instant.now().toString());
        environment.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        environment.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        environment.put("transport", RouterEventLoops.EPOLL ? "epoll" : "nio (epoll: docs/decisions/0151)");
        environment.put("tlsProvider", OpenSsl.isAvailable() ? "OPENSSL (" + OpenSsl.versionString() + ")" : "JDK");
        environment.put("leakDetection", ResourceLeakDetector.getLevel().name());
        // find the reference programs first: a missing one should fail now, not after minutes of measuring
        ReferenceTools tools = settings.references() ? ReferenceTools.fromEnvironment() : null;
        sampleLoad();
        List<BenchMeasure> measures = new ArrayList<>();
        EventLoopGroup clients = RouterEventLoops.newGroup(1, "bench-client");
        EventLoopGroup servers = RouterEventLoops.newGroup(1, "bench-server");
        int routerThreads = Integer.getInteger("bench.routerThreads", RouterEventLoops.defaultThreads());
        EventLoopGroup routerGroup = RouterEventLoops.newGroup(routerThreads);
        environment.put("threads", "client 1, server 1, routers " + routerThreads + " (shared)");
        BenchPki pki = new BenchPki();
        RouterOptions base = RouterOptions.defaults();
        if (Integer.getInteger("bench.window") != null) { // experiments only
            base = base.withStreamWindowBytes(Integer.getInteger("bench.window"));
        }
        try (WorkloadServer sink = new WorkloadServer(servers, WorkloadServer.Mode.SINK);
             WorkloadServer echo = new WorkloadServer(servers, WorkloadServer.Mode.ECHO)) {
            if (selected("throughput")) {
                throughput(measures, clients, routerGroup, pki, base, sink);
            }
            if (tools != null) {
                new ReferenceComparison(settings, tools, this::step, this::sampleLoad)
                        .run(measures, routerGroup, pki, base);
            }
            if (selected("latency")) {
                latencyAndConnections(measures, clients, routerGroup, pki, base, echo);
            }
            if (selected("failover")) {
                failover(measures, clients, routerGroup, pki, base, echo);
            }
            if (selected("idle")) {
                idle(measures, clients);
            }
            if (selected("ring")) {
                ring(measures, echo);
            }
        } finally {
            routerGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
            servers.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
            clients.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
        }
        sampleLoad();
        environment.put("loadAverage1m", String.format(Locale.ROOT, "min %.1f, median %.1f, max %.1f over %d samples",
                loadSamples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                BenchMeasure.median(loadSamples),
                loadSamples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN), loadSamples.size()));
        return new BenchReport(settings, environment, measures);
    }

    // ---- B1-B3 and CPU per GB ----

    private boolean selected(String section) {
        String only = System.getProperty("bench.only"); // experiments: run one section
        return only == null || only.contains(section);
    }

    private void throughput(List<BenchMeasure> measures, EventLoopGroup clients, EventLoopGroup routerGroup,
                            BenchPki pki, RouterOptions base, WorkloadServer sink) throws Exception {
        Duration window = window();
        Duration warmUp = warmUp();
        BenchNetwork.GroupCpu cpu = new BenchNetwork.GroupCpu(routerGroup);
        int n = settings.streams();
        List<TrivialRelay> relays = new ArrayList<>();
        relays.add(new TrivialRelay(routerGroup, sink.port()));
        relays.add(0, new TrivialRelay(routerGroup, relays.get(0).port()));
        try (BenchNetwork plain2 = BenchNetwork.line(2, false, sink.port(), routerGroup, pki, base);
             BenchNetwork tls2 = BenchNetwork.line(2, true, sink.port(), routerGroup, pki, base);
             BenchNetwork tls3 = BenchNetwork.line(3, true, sink.port(), routerGroup, pki, base)) {
            step("warming up the throughput paths");
            for (int port : new int[] {sink.port(), plain2.listenerPort(), tls2.listenerPort(), tls3.listenerPort()}) {
                ThroughputLoad.run(clients, port, 1, sink, warmUp, window, null);
            }
            List<Double> b1 = new ArrayList<>();
            List<Double> b1n = new ArrayList<>();
            List<Double> b2 = new ArrayList<>();
            List<Double> b3 = new ArrayList<>();
            List<Double> direct1 = new ArrayList<>();
            List<Double> directN = new ArrayList<>();
            List<Double> cpuPlain = new ArrayList<>();
            List<Double> cpuTls2 = new ArrayList<>();
            List<Double> cpuTls3 = new ArrayList<>();
            int[] ports = {sink.port(), plain2.listenerPort(), tls2.listenerPort(), tls3.listenerPort(), sink.port(),
                    plain2.listenerPort(), relays.get(0).port()};
            int[] streams = {1, 1, 1, 1, n, n, 1};
            List<Double> control = new ArrayList<>();
            for (int rep = 1; rep <= settings.repetitions(); rep++) {
                step("throughput, repetition " + rep + "/" + settings.repetitions());
                ThroughputLoad.Sample[] samples = new ThroughputLoad.Sample[ports.length];
                for (int k = 0; k < ports.length; k++) {
                    int i = rep % 2 == 1 ? k : ports.length - 1 - k; // ABBA order cancels a drifting load
                    samples[i] = ThroughputLoad.run(clients, ports[i], streams[i], sink, warmUp, window,
                            ports[i] == sink.port() ? null : cpu);
                }
                sampleLoad();
                direct1.add(samples[0].bytesPerSecond());
                directN.add(samples[4].bytesPerSecond());
                b1.add(samples[1].bytesPerSecond() / samples[0].bytesPerSecond());
                b2.add(samples[2].bytesPerSecond() / samples[0].bytesPerSecond());
                b3.add(samples[3].bytesPerSecond() / samples[0].bytesPerSecond());
                b1n.add(samples[5].bytesPerSecond() / samples[4].bytesPerSecond());
                control.add(samples[6].bytesPerSecond() / samples[0].bytesPerSecond());
                cpuPlain.add(samples[1].cpuSecondsPerGb());
                cpuTls2.add(samples[2].cpuSecondsPerGb());
                cpuTls3.add(samples[3].cpuSecondsPerGb());
            }
            double d1 = BenchMeasure.median(direct1);
            double dn = BenchMeasure.median(directN);
            measures.add(ratio("B1-1", "throughput, 2 sites, plain link, 1 stream", b1, 0.45,
                    "direct " + gbps(d1) + ", routed " + gbps(d1 * BenchMeasure.median(b1))));
            measures.add(ratio("B1-" + n, "throughput, 2 sites, plain link, " + n + " streams", b1n, 0.50,
                    "direct " + gbps(dn) + ", routed " + gbps(dn * BenchMeasure.median(b1n))));
            measures.add(ratio("B2", "throughput, 2 sites, mutual TLS link, 1 stream", b2, 0.35,
                    "routed " + gbps(d1 * BenchMeasure.median(b2))));
            measures.add(ratio("B3", "throughput, 3 sites, 2 mutual TLS links, 1 stream", b3, 0.25,
                    "routed " + gbps(d1 * BenchMeasure.median(b3))));
            measures.add(new BenchMeasure("B1-ctl", "control: 2 chained minimal Netty relays, 1 stream", "x direct",
                    BenchMeasure.median(control), "", Double.NaN, control,
                    "no framing, no links, no TLS, on the routers' threads: the floor of two Java hops here"));
            measures.add(info("CPU-plain", "router CPU per GB moved, 2 sites, plain, 1 stream", "s/GB", cpuPlain,
                    "both routers' threads"));
            measures.add(info("CPU-tls2", "router CPU per GB moved, 2 sites, mutual TLS", "s/GB", cpuTls2,
                    "both routers' threads"));
            measures.add(info("CPU-tls3", "router CPU per GB moved, 3 sites, mutual TLS", "s/GB", cpuTls3,
                    "all three routers' threads"));
        } finally {
            relays.forEach(TrivialRelay::close);
        }
    }

    // ---- B4, B5 ----

    private void latencyAndConnections(List<BenchMeasure> measures, EventLoopGroup clients,
                                       EventLoopGroup routerGroup, BenchPki pki, RouterOptions base,
                                       WorkloadServer echo) throws Exception {
        Duration window = window();
        Duration warmUp = warmUp();
        int sites = settings.sites();
        List<TrivialRelay> relays = new ArrayList<>(); // the control: sites chained minimal relays
        for (int i = 0; i < sites; i++) {
            relays.add(0, new TrivialRelay(routerGroup, i == 0 ? echo.port() : relays.get(0).port()));
        }
        try (BenchNetwork line = BenchNetwork.line(sites, settings.tls(), echo.port(), routerGroup, pki, base);
             BenchNetwork tls2 = BenchNetwork.line(2, true, echo.port(), routerGroup, pki, base)) {
            step("warming up the latency and connection paths");
            LatencyLoad.run(clients, echo.port(), warmUp, window);
            LatencyLoad.run(clients, line.listenerPort(), warmUp, window);
            ConnectLoad.run(clients, tls2.listenerPort(), CONNECT_CONCURRENCY, warmUp, window, null);
            BenchNetwork.GroupCpu cpu = new BenchNetwork.GroupCpu(routerGroup);
            List<Double> p50 = new ArrayList<>();
            List<Double> p99 = new ArrayList<>();
            List<Double> directP50 = new ArrayList<>();
            List<Double> directP99 = new ArrayList<>();
            List<Double> b5 = new ArrayList<>();
            List<Double> directRate = new ArrayList<>();
            List<Double> cpuPerConnection = new ArrayList<>();
            List<Double> relayP50 = new ArrayList<>();
            List<Double> relayP99 = new ArrayList<>();
            List<Double> relayRate = new ArrayList<>();
            long failed = 0;
            for (int rep = 1; rep <= settings.repetitions(); rep++) {
                step("latency and connection rate, repetition " + rep + "/" + settings.repetitions());
                boolean directFirst = rep % 2 == 1; // ABBA order
                Histogram direct = directFirst ? LatencyLoad.run(clients, echo.port(), warmUp, window) : null;
                Histogram routed = LatencyLoad.run(clients, line.listenerPort(), warmUp, window);
                if (!directFirst) {
                    direct = LatencyLoad.run(clients, echo.port(), warmUp, window);
                }
                Histogram relayed = LatencyLoad.run(clients, relays.get(0).port(), warmUp, window);
                relayP50.add(micros(relayed.getValueAtPercentile(50) - direct.getValueAtPercentile(50)) / sites);
                relayP99.add(micros(relayed.getValueAtPercentile(99) - direct.getValueAtPercentile(99)) / sites);
                directP50.add(micros(direct.getValueAtPercentile(50)));
                directP99.add(micros(direct.getValueAtPercentile(99)));
                p50.add(micros(routed.getValueAtPercentile(50) - direct.getValueAtPercentile(50)) / sites);
                p99.add(micros(routed.getValueAtPercentile(99) - direct.getValueAtPercentile(99)) / sites);
                ConnectLoad.Sample d = directFirst
                        ? ConnectLoad.run(clients, echo.port(), CONNECT_CONCURRENCY, warmUp, window, null) : null;
                ConnectLoad.Sample r = ConnectLoad.run(clients, tls2.listenerPort(), CONNECT_CONCURRENCY, warmUp,
                        window, cpu);
                if (!directFirst) {
                    d = ConnectLoad.run(clients, echo.port(), CONNECT_CONCURRENCY, warmUp, window, null);
                }
                ConnectLoad.Sample relayed2 = ConnectLoad.run(clients, relays.get(relays.size() - 2).port(),
                        CONNECT_CONCURRENCY, warmUp, window, null);
                relayRate.add(relayed2.perSecond() / d.perSecond());
                directRate.add(d.perSecond());
                b5.add(r.perSecond() / d.perSecond());
                cpuPerConnection.add(r.routerCpuMicrosPerConnection());
                failed += r.failed();
                sampleLoad();
            }
            String hops = sites + " routers, " + (settings.tls() ? "mutual TLS" : "plain") + " links";
            measures.add(target("B4-p50", "latency added per hop, 1 KiB request/response, p50", "us", p50, "<=", 30,
                    hops + "; direct p50 " + fmt(BenchMeasure.median(directP50)) + " us"));
            measures.add(target("B4-p99", "latency added per hop, 1 KiB request/response, p99", "us", p99, "<=", 60,
                    hops + "; direct p99 " + fmt(BenchMeasure.median(directP99)) + " us"));
            measures.add(info("B4-ctl-p50", "control: latency added per hop by a minimal Netty relay, p50", "us",
                    relayP50, sites + " chained relays, no framing, no TLS, on the routers' threads"));
            measures.add(info("B4-ctl-p99", "control: latency added per hop by a minimal Netty relay, p99", "us",
                    relayP99, sites + " chained relays, no framing, no TLS, on the routers' threads"));
            double direct = BenchMeasure.median(directRate);
            measures.add(ratio("B5", "new connections per second, 2 sites, mutual TLS link", b5, 0.40,
                    String.format(Locale.ROOT, "direct %.0f/s, routed %.0f/s, %d concurrent, %d failed", direct,
                            direct * BenchMeasure.median(b5), CONNECT_CONCURRENCY, failed)));
            measures.add(new BenchMeasure("B5-ctl", "control: new connections per second through 2 minimal relays",
                    "x direct", BenchMeasure.median(relayRate), "", Double.NaN, relayRate,
                    "a relay opens its far connection per client: the floor of two Java hops here"));
            measures.add(info("CPU-conn", "router CPU per new connection, 2 sites, mutual TLS", "us",
                    cpuPerConnection, "both routers' threads, open to close"));
        } finally {
            relays.forEach(TrivialRelay::close);
        }
    }

    // ---- B7 ----

    private void failover(List<BenchMeasure> measures, EventLoopGroup clients, EventLoopGroup routerGroup,
                          BenchPki pki, RouterOptions base, WorkloadServer echo) throws Exception {
        List<Double> closed = new ArrayList<>();
        List<Double> silent = new ArrayList<>();
        for (int rep = 1; rep <= settings.repetitions(); rep++) {
            step("failover, repetition " + rep + "/" + settings.repetitions());
            closed.add(FailoverRun.measure(false, settings.tls(), echo.port(), routerGroup, clients, pki, base));
            silent.add(FailoverRun.measure(true, settings.tls(), echo.port(), routerGroup, clients, pki, base));
            sampleLoad();
        }
        String setup = "diamond r1-r2, r1-r3, r3-r2; hello " + base.helloInterval().toMillis() + " ms, dead "
                + base.deadInterval().toMillis() + " ms";
        measures.add(target("B7-closed", "link cut (socket closed) to first new connection via the other path",
                "ms", closed, "<=", 100, setup));
        measures.add(target("B7-silent", "link cut (silent loss) to first new connection via the other path",
                "ms", silent, "<=", 1500, setup));
    }

    // ---- B6, C1 ----

    private void idle(List<BenchMeasure> measures, EventLoopGroup clients) throws Exception {
        if (settings.idleConnections() == 0) {
            return;
        }
        step("idle connections: " + settings.idleConnections() + " through 2 routers in child processes");
        IdleConnections.Result result = IdleConnections.measure(settings.idleConnections(), settings.tls(), clients);
        sampleLoad();
        measures.add(target("B6", "memory per idle proxied connection, both routers (heap + direct)", "KiB",
                List.of(result.bytesPerConnection() / 1024), "<=", 8,
                String.format(Locale.ROOT, "%d connections; heap +%.1f MiB, direct +%.1f MiB%s", result.connections(),
                        result.heapGrowth() / 1048576.0, result.directGrowth() / 1048576.0,
                        result.note().isEmpty() ? "" : "; " + result.note())));
    }

    private void ring(List<BenchMeasure> measures, WorkloadServer echo) throws Exception {
        if (settings.ringSites() == 0) {
            return;
        }
        step("convergence of a " + settings.ringSites() + "-site ring (in-JVM links)");
        double millis = RingConvergence.measure(settings.ringSites(), echo.port());
        sampleLoad();
        measures.add(target("C1", settings.ringSites() + "-site ring (LOCAL links) start to converged", "ms",
                List.of(millis), "<=", 5000, "2 shared event loop threads"));
    }

    // ---- helpers ----

    private Duration warmUp() {
        return Duration.ofMillis(Math.min(300, window().toMillis() / 2 + 50));
    }

    private Duration window() {
        return Duration.ofMillis(Math.round(settings.durationSeconds() * 1000));
    }

    private void step(String what) {
        progress.accept(what);
    }

    private void sampleLoad() {
        try {
            String text = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII);
            loadSamples.add(Double.parseDouble(text.substring(0, text.indexOf(' '))));
        } catch (IOException | RuntimeException e) {
            // not Linux: no load figure
        }
    }




    private static double micros(long nanos) {
        return nanos / 1000.0;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }


    /**
     * Development entry point: {@code [--sites 2|3] [--tls on|off] [--streams N] [--duration S]
     * [--repetitions N] [--idle-connections N] [--ring N] [--references on|off] [--format table|json]}.
     */
    public static void main(String[] args) throws Exception {
        BenchSettings d = BenchSettings.defaults();
        int sites = d.sites();
        boolean tls = d.tls();
        int streams = d.streams();
        double duration = d.durationSeconds();
        int reps = d.repetitions();
        int idle = d.idleConnections();
        int ring = d.ringSites();
        boolean references = d.references();
        boolean json = false;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--sites" -> sites = Integer.parseInt(value);
                case "--tls" -> tls = value.equals("on");
                case "--streams" -> streams = Integer.parseInt(value);
                case "--duration" -> duration = Double.parseDouble(value);
                case "--repetitions" -> reps = Integer.parseInt(value);
                case "--idle-connections" -> idle = Integer.parseInt(value);
                case "--ring" -> ring = Integer.parseInt(value);
                case "--references" -> references = value.equals("on");
                case "--format" -> json = value.equals("json");
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        BenchReport report = run(new BenchSettings(sites, tls, streams, duration, reps, idle, ring, references),
                line -> System.err.println("bench: " + line));
        System.out.print(json ? report.toJson() : report.toTable());
        System.exit(0);
    }
}
